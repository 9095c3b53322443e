-- CreateTable
CREATE TABLE "QuizAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "topics" TEXT NOT NULL,
    "questionCount" INTEGER NOT NULL,
    "timeLimitSec" INTEGER,
    "deadlineAt" DATETIME,
    "startedAt" DATETIME NOT NULL,
    "currentIndex" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" DATETIME,
    "submittedBy" TEXT,
    "correctCount" INTEGER,
    "startToken" TEXT NOT NULL,
    CONSTRAINT "QuizAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuizAnswer" (
    "attemptId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "questionId" TEXT NOT NULL,
    "optionOrder" TEXT NOT NULL,
    "selected" TEXT,
    "flagged" BOOLEAN NOT NULL DEFAULT false,
    "checkedAt" DATETIME,
    "correct" BOOLEAN,
    "answeredAt" DATETIME,

    PRIMARY KEY ("attemptId", "position"),
    CONSTRAINT "QuizAnswer_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "QuizAttempt" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "QuizAttempt_userId_startedAt_idx" ON "QuizAttempt"("userId", "startedAt");

-- CreateIndex
CREATE INDEX "QuizAttempt_submittedAt_deadlineAt_idx" ON "QuizAttempt"("submittedAt", "deadlineAt");

-- CreateIndex
CREATE UNIQUE INDEX "QuizAttempt_userId_startToken_key" ON "QuizAttempt"("userId", "startToken");

