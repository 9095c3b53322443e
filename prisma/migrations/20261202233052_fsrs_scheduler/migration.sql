-- AlterTable
ALTER TABLE "ReviewState" ADD COLUMN "difficulty" REAL;
ALTER TABLE "ReviewState" ADD COLUMN "stability" REAL;

-- CreateTable
CREATE TABLE "FsrsJob" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "state" TEXT NOT NULL,
    "progress" REAL NOT NULL DEFAULT 0,
    "message" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "FsrsJob_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "extraNewDay" TEXT,
    "historyVersion" INTEGER NOT NULL DEFAULT 0,
    "newCardOrder" TEXT NOT NULL DEFAULT 'mixed',
    "scheduler" TEXT NOT NULL DEFAULT 'sm2',
    "desiredRetention" REAL NOT NULL DEFAULT 0.9,
    "fsrsParameters" TEXT,
    "fsrsEvaluation" TEXT
);
INSERT INTO "new_User" ("createdAt", "email", "extraNew", "extraNewDay", "hiddenFromGroup", "historyVersion", "id", "name", "newCardOrder", "newPerDay", "passwordHash", "reviewsPerDay", "role", "sessionVersion", "timeZone") SELECT "createdAt", "email", "extraNew", "extraNewDay", "hiddenFromGroup", "historyVersion", "id", "name", "newCardOrder", "newPerDay", "passwordHash", "reviewsPerDay", "role", "sessionVersion", "timeZone" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE TABLE "new_ReviewLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "itemKind" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "quality" INTEGER NOT NULL,
    "rating" INTEGER NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
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
-- Hand-edited: the two new columns are filled from the existing log. The rating is the fixed map of srs/ratings.ts
-- (0–2 Again, 3 Hard, 4 Good, 5 Easy); the elapsed days are the study days since the item's previous grade that
-- was not undone (re-drills share their grade's day, so counting them changes nothing), 0 for its first.
INSERT INTO "new_ReviewLog" ("after", "before", "durationMs", "id", "intervalBefore", "itemId", "itemKind", "kind", "quality", "rating", "elapsedDays", "requestId", "reviewedAt", "studyDay", "undoneAt", "userId")
SELECT "after", "before", "durationMs", "id", "intervalBefore", "itemId", "itemKind", "kind", "quality",
    CASE WHEN "quality" <= 2 THEN 1 WHEN "quality" = 3 THEN 2 WHEN "quality" = 4 THEN 3 ELSE 4 END,
    COALESCE(CAST(julianday("studyDay") - julianday((
        SELECT p."studyDay" FROM "ReviewLog" p
        WHERE p."userId" = r."userId" AND p."itemKind" = r."itemKind" AND p."itemId" = r."itemId" AND p."id" < r."id" AND p."undoneAt" IS NULL
        ORDER BY p."id" DESC LIMIT 1
    )) AS INTEGER), 0),
    "requestId", "reviewedAt", "studyDay", "undoneAt", "userId" FROM "ReviewLog" r;
DROP TABLE "ReviewLog";
ALTER TABLE "new_ReviewLog" RENAME TO "ReviewLog";
CREATE INDEX "ReviewLog_userId_studyDay_undoneAt_idx" ON "ReviewLog"("userId", "studyDay", "undoneAt");
CREATE INDEX "ReviewLog_userId_itemKind_itemId_idx" ON "ReviewLog"("userId", "itemKind", "itemId");
CREATE UNIQUE INDEX "ReviewLog_userId_requestId_key" ON "ReviewLog"("userId", "requestId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

