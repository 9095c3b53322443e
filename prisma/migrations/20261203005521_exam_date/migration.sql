-- AlterTable
ALTER TABLE "User" ADD COLUMN "examDate" TEXT;

