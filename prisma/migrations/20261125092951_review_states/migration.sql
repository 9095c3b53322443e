-- DropIndex
DROP INDEX "CardProgress_userId_dueAt_idx";

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "CardProgress";
PRAGMA foreign_keys=on;

-- CreateTable
CREATE TABLE "ReviewState" (
    "userId" TEXT NOT NULL,
    "itemKind" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "repetitions" INTEGER NOT NULL DEFAULT 0,
    "easeFactor" REAL NOT NULL DEFAULT 2.5,
    "interval" INTEGER NOT NULL DEFAULT 0,
    "dueAt" DATETIME,
    "lapses" INTEGER NOT NULL DEFAULT 0,
    "suspended" BOOLEAN NOT NULL DEFAULT false,
    "leech" BOOLEAN NOT NULL DEFAULT false,
    "redrillDay" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "firstReviewedAt" DATETIME,
    "lastReviewedAt" DATETIME,

    PRIMARY KEY ("userId", "itemKind", "itemId"),
    CONSTRAINT "ReviewState_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "itemKind" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "quality" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "studyDay" TEXT NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "intervalBefore" INTEGER NOT NULL,
    "before" TEXT,
    "after" TEXT NOT NULL,
    "reviewedAt" DATETIME NOT NULL,
    "undoneAt" DATETIME,
    CONSTRAINT "ReviewLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'member',
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "hiddenFromGroup" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "timeZone" TEXT,
    "newPerDay" INTEGER NOT NULL DEFAULT 20,
    "reviewsPerDay" INTEGER NOT NULL DEFAULT 200,
    "extraNew" INTEGER NOT NULL DEFAULT 0,
    "extraNewDay" TEXT
);
INSERT INTO "new_User" ("createdAt", "email", "hiddenFromGroup", "id", "name", "passwordHash", "role", "sessionVersion") SELECT "createdAt", "email", "hiddenFromGroup", "id", "name", "passwordHash", "role", "sessionVersion" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ReviewState_userId_dueAt_idx" ON "ReviewState"("userId", "dueAt");

-- CreateIndex
CREATE INDEX "ReviewLog_userId_studyDay_idx" ON "ReviewLog"("userId", "studyDay");

-- CreateIndex
CREATE INDEX "ReviewLog_userId_itemKind_itemId_idx" ON "ReviewLog"("userId", "itemKind", "itemId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewLog_userId_requestId_key" ON "ReviewLog"("userId", "requestId");

