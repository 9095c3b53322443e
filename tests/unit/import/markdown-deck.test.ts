import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parseContent } from "@/app/_lib/content/parse-content";
import { readContentDir } from "@/app/_lib/content/read-content-dir";
import { markdownDeck } from "@/app/_lib/export/markdown-deck";
import { refusal } from "./refusal";
import { readMarkdownDeck } from "@/app/_lib/import/markdown-deck";
import { cardRecord, questionRecord } from "@/app/_lib/seed/to-records";

const CARD = `---
id: lambda-timeout
topic: lambda
domain: development
section: limits
tags: [lambda]
---
What is the maximum Lambda timeout?

?

**15 minutes**.
`;
const QUESTION = `---
id: q-lambda-timeout
topic: lambda
domain: troubleshooting
section: limits
tags: [lambda, timeouts]
---
A function stops after 15 minutes. What should the developer do?

- [ ] Raise the timeout to 30 minutes.
  The maximum is 15 minutes.
- [x] Split the work with Step Functions.
  Each step runs within the limit.
- [ ] Add memory.
  Memory does not extend the timeout.
- [ ] Use provisioned concurrency.
  It reduces cold starts, not the limit.
`;

describe("readMarkdownDeck", () => {
  it("reads a deck exported from /decks back to the same items (the whole bundled deck)", () => {
    const { catalogFile, files } = readContentDir(join(process.cwd(), "content"));
    const content = parseContent(catalogFile, files);
    const exported = markdownDeck("guide", content.catalog, content.cards.map(cardRecord), content.questions.map(questionRecord));
    const upload = zipSync(Object.fromEntries(Object.entries(exported).map(([path, text]) => [path, strToU8(text)])));
    const back = readMarkdownDeck(upload, "guide.zip");
    const seen = <T extends { sourceFile: string; sourceLine: number; contentHash: string }>({ sourceFile: _f, sourceLine: _l, contentHash: _h, ...rest }: T) => rest;
    expect(back.cards.map(cardRecord).map(seen)).toEqual(content.cards.map(cardRecord).map(seen));
    expect(back.questions.map(questionRecord).map(seen)).toEqual(content.questions.map(questionRecord).map(seen));
  });

  it("reads one Markdown file of cards and questions, its topics and sections taken from the items", () => {
    const deck = readMarkdownDeck(strToU8(`${CARD}${QUESTION}`), "lambda.md");
    expect(deck.cards.map((card) => [card.id, card.line])).toEqual([["lambda-timeout", 1]]);
    expect(deck.questions.map((question) => [question.id, question.line, question.options.filter((o) => o.correct).map((o) => o.key)])).toEqual([["q-lambda-timeout", 13, ["B"]]]);
    expect(deck.catalog.topics.map((topic) => topic.slug)).toEqual(["lambda"]);
  });

  it("refuses with the file and line of the first problem, and how many more there are", () => {
    const broken = `${CARD.replace("domain: development", "domain: networking")}${QUESTION.replace("- [x] Split", "- [ ] Split")}`;
    expect(refusal(() => readMarkdownDeck(strToU8(broken), "lambda.md")).message).toBe(
      "lambda.md line 4: `domain` must be one of: development, security, deployment, troubleshooting (and 1 more problem)",
    );
    expect(refusal(() => readMarkdownDeck(zipSync({ "cards/a.md": strToU8(CARD) }), "deck.zip")).message).toBe("the zip has no catalog.yml at its top (export a deck from /decks to see the layout)");
    expect(refusal(() => readMarkdownDeck(Uint8Array.from([0xff, 0xfe, 0x00]), "x.md")).message).toBe('File "x.md": it is not UTF-8 text');
  });
});
