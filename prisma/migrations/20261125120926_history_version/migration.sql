-- Statistics are cached per member and invalidated by this counter (bumped with every grade and undo).
ALTER TABLE "User" ADD COLUMN "historyVersion" INTEGER NOT NULL DEFAULT 0;
