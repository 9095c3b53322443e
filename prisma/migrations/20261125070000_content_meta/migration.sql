-- CreateTable
CREATE TABLE "ContentMeta" (
    "id" TEXT NOT NULL PRIMARY KEY DEFAULT 'content',
    "version" TEXT NOT NULL,
    "seededAt" DATETIME NOT NULL
);

