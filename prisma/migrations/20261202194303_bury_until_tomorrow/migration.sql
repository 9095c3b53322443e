-- AlterTable
ALTER TABLE "ReviewState" ADD COLUMN "buriedDay" TEXT;

