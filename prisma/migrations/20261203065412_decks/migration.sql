-- CreateTable
CREATE TABLE "Deck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "ownerId" TEXT,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT NOT NULL DEFAULT 'app',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "retiredAt" DATETIME,
    CONSTRAINT "Deck_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- The bundled deck, which every existing topic, card and question belongs to (the seed keeps its title current).
INSERT INTO "Deck" ("id", "title", "shared", "source", "updatedAt") VALUES ('guide', 'AWS databases guide', true, 'bundled', CURRENT_TIMESTAMP);

-- CreateTable
CREATE TABLE "DeckMedia" (
    "deckId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "bytes" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("deckId", "name"),
    CONSTRAINT "DeckMedia_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Topic" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "deckId" TEXT NOT NULL DEFAULT 'guide',
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "retiredAt" DATETIME,
    CONSTRAINT "Topic_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Topic" ("position", "retiredAt", "slug", "summary", "title") SELECT "position", "retiredAt", "slug", "summary", "title" FROM "Topic";
DROP TABLE "Topic";
ALTER TABLE "new_Topic" RENAME TO "Topic";
CREATE TABLE "new_Card" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deckId" TEXT NOT NULL DEFAULT 'guide',
    "topicSlug" TEXT NOT NULL,
    "sectionSlug" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "frontMd" TEXT NOT NULL,
    "backMd" TEXT NOT NULL,
    "frontHtml" TEXT NOT NULL,
    "backHtml" TEXT NOT NULL,
    "docs" TEXT NOT NULL DEFAULT '[]',
    "correction" TEXT,
    "sourceFile" TEXT NOT NULL,
    "sourceLine" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Card_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Card_topicSlug_fkey" FOREIGN KEY ("topicSlug") REFERENCES "Topic" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Card_sectionSlug_fkey" FOREIGN KEY ("sectionSlug") REFERENCES "Section" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Card" ("backHtml", "backMd", "contentHash", "correction", "createdAt", "docs", "domain", "frontHtml", "frontMd", "id", "retiredAt", "sectionSlug", "sourceFile", "sourceLine", "topicSlug", "updatedAt") SELECT "backHtml", "backMd", "contentHash", "correction", "createdAt", "docs", "domain", "frontHtml", "frontMd", "id", "retiredAt", "sectionSlug", "sourceFile", "sourceLine", "topicSlug", "updatedAt" FROM "Card";
DROP TABLE "Card";
ALTER TABLE "new_Card" RENAME TO "Card";
CREATE INDEX "Card_topicSlug_retiredAt_idx" ON "Card"("topicSlug", "retiredAt");
CREATE INDEX "Card_deckId_retiredAt_idx" ON "Card"("deckId", "retiredAt");
CREATE TABLE "new_Question" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deckId" TEXT NOT NULL DEFAULT 'guide',
    "topicSlug" TEXT NOT NULL,
    "sectionSlug" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "stemMd" TEXT NOT NULL,
    "stemHtml" TEXT NOT NULL,
    "choose" INTEGER NOT NULL,
    "options" TEXT NOT NULL,
    "docs" TEXT NOT NULL DEFAULT '[]',
    "correction" TEXT,
    "sourceFile" TEXT NOT NULL,
    "sourceLine" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Question_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Question_topicSlug_fkey" FOREIGN KEY ("topicSlug") REFERENCES "Topic" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Question_sectionSlug_fkey" FOREIGN KEY ("sectionSlug") REFERENCES "Section" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Question" ("choose", "contentHash", "correction", "createdAt", "docs", "domain", "id", "options", "retiredAt", "sectionSlug", "sourceFile", "sourceLine", "stemHtml", "stemMd", "topicSlug", "updatedAt") SELECT "choose", "contentHash", "correction", "createdAt", "docs", "domain", "id", "options", "retiredAt", "sectionSlug", "sourceFile", "sourceLine", "stemHtml", "stemMd", "topicSlug", "updatedAt" FROM "Question";
DROP TABLE "Question";
ALTER TABLE "new_Question" RENAME TO "Question";
CREATE INDEX "Question_topicSlug_retiredAt_idx" ON "Question"("topicSlug", "retiredAt");
CREATE INDEX "Question_deckId_retiredAt_idx" ON "Question"("deckId", "retiredAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Deck_ownerId_idx" ON "Deck"("ownerId");

