-- DropIndex
DROP INDEX "ReviewLog_userId_studyDay_idx";

-- CreateIndex
CREATE INDEX "ReviewLog_userId_studyDay_undoneAt_idx" ON "ReviewLog"("userId", "studyDay", "undoneAt");

