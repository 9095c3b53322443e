-- AlterTable
ALTER TABLE "QuizAnswer" ADD COLUMN "struck" TEXT;

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
    "newCardOrder" TEXT NOT NULL DEFAULT 'mixed'
);
INSERT INTO "new_User" ("createdAt", "email", "extraNew", "extraNewDay", "hiddenFromGroup", "historyVersion", "id", "name", "newPerDay", "passwordHash", "reviewsPerDay", "role", "sessionVersion", "timeZone") SELECT "createdAt", "email", "extraNew", "extraNewDay", "hiddenFromGroup", "historyVersion", "id", "name", "newPerDay", "passwordHash", "reviewsPerDay", "role", "sessionVersion", "timeZone" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

