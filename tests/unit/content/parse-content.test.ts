import { describe, expect, it } from "vitest";
import { type ContentError, InvalidContentError } from "@/app/_lib/content/errors";
import { parseContent } from "@/app/_lib/content/parse-content";
import { CARDS, CATALOG, QUESTIONS, catalogFile, contentFiles } from "@/tests/helpers/content-fixtures";

/** Parses and returns the problems as "file:line: message" strings (empty when the content is valid). */
function problems(overrides: Parameters<typeof contentFiles>[0] = {}, catalog = CATALOG): string[] {
  try {
    parseContent(catalogFile(catalog), contentFiles(overrides));
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidContentError);
    return (error as InvalidContentError).problems.map((p: ContentError) => p.message);
  }
}

describe("parseContent with valid content", () => {
  it("reads cards, questions and the catalog", () => {
    const content = parseContent(catalogFile(), contentFiles());
    expect(content.catalog.topics.map((t) => t.slug)).toEqual(["rds", "dynamodb"]);
    expect(content.cards).toHaveLength(2);
    expect(content.cards[0]).toMatchObject({
      id: "rds-encryption-at-creation",
      topic: "rds",
      domain: "security",
      tags: ["encryption", "kms"],
      docs: [],
      front: "Can you encrypt an existing RDS instance in place?",
      back: "**No.** Snapshot, copy the snapshot encrypted, restore.",
      file: "content/cards/main.md",
      line: 1,
    });
    expect(content.cards[1]!.correction).toMatchObject({ guide: "1 WCU is 2 KB" });
    expect(content.cards[1]!.line).toBe(13);
  });

  it("reads single and multiple-response questions with their explanations", () => {
    const [single, multiple] = parseContent(catalogFile(), contentFiles()).questions;
    expect(single).toMatchObject({ id: "q-rds-encrypt", choose: 1 });
    expect(single!.options.map((o) => [o.key, o.correct])).toEqual([
      ["A", false],
      ["B", true],
      ["C", false],
      ["D", false],
    ]);
    expect(single!.options[1]!.explanation).toBe("The documented path.");
    expect(multiple).toMatchObject({ id: "q-ddb-two", choose: 2 });
    expect(multiple!.options.filter((o) => o.correct).map((o) => o.key)).toEqual(["A", "B"]);
  });
});

describe("parseContent rejects bad content with the file and line", () => {
  it("malformed YAML in a header", () => {
    const cards = CARDS.replace("tags: [encryption, kms]", "tags: [encryption, kms");
    expect(problems({ cards })[0]).toMatch(/^content\/cards\/main\.md:6: malformed header/);
  });

  it("an unclosed header", () => {
    expect(problems({ cards: "---\nid: a\ntopic: rds\n" })).toEqual([
      expect.stringMatching(/^content\/cards\/main\.md:1: this `---` opens an item header that is never closed/),
    ]);
  });

  it("text before the first item", () => {
    expect(problems({ cards: `# My deck\n${CARDS}` })[0]).toMatch(/^content\/cards\/main\.md:1: text before the first item/);
  });

  it("a question with no correct option", () => {
    const questions = QUESTIONS.replace("- [x] Copy a snapshot", "- [ ] Copy a snapshot");
    expect(problems({ questions })).toEqual(["content/questions/main.md:10: no option is marked correct: mark the right one `- [x]`"]);
  });

  it('a "choose two" question with one correct option', () => {
    const questions = QUESTIONS.replace("- [x] An RCU covers", "- [ ] An RCU covers");
    expect(problems({ questions })).toEqual([
      "content/questions/main.md:28: the header says `choose: 2` but 1 option is marked correct",
    ]);
  });

  it("two correct options without choose", () => {
    const questions = QUESTIONS.replace("- [ ] Turn on TLS.", "- [x] Turn on TLS.");
    expect(problems({ questions })[0]).toMatch(/^content\/questions\/main\.md:10: 2 options are marked correct: add `choose: 2`/);
  });

  it("a duplicate id, naming where it was first used", () => {
    const questions = QUESTIONS.replace("id: q-ddb-two", "id: rds-encryption-at-creation");
    expect(problems({ questions })).toEqual([
      'content/questions/main.md:18: duplicate id "rds-encryption-at-creation": already used at content/cards/main.md:1',
    ]);
  });

  it("an unknown topic", () => {
    const cards = CARDS.replace("topic: dynamodb", "topic: lambda");
    expect(problems({ cards })).toEqual([
      'content/cards/main.md:13: unknown topic "lambda": use one of rds, dynamodb or add it to content/catalog.yml',
    ]);
  });

  it("an unknown section and an unknown domain", () => {
    const cards = CARDS.replace("section: rds-storage-backup", "section: nowhere").replace("domain: development", "domain: coding");
    expect(problems({ cards })).toEqual([
      "content/cards/main.md:16: `domain` must be one of: development, security, deployment, troubleshooting",
      'content/cards/main.md:1: unknown section "nowhere": use a section slug from content/catalog.yml',
    ]);
  });

  it("an empty field, a missing field and an unknown field", () => {
    const cards = CARDS.replace("topic: rds\n", "topic: \n").replace("domain: development\n", "").replace("tags: [capacity]", "tags: [capacity]\ncolour: red");
    expect(problems({ cards })).toEqual([
      "content/cards/main.md:3: `topic` is empty",
      "content/cards/main.md:13: missing field `domain`",
      "content/cards/main.md:18: unknown field: colour",
    ]);
  });

  it("an empty tag list and a blank id", () => {
    const cards = CARDS.replace("tags: [encryption, kms]", "tags: []").replace("id: ddb-wcu-size", 'id: "  "');
    expect(problems({ cards })).toEqual([
      "content/cards/main.md:6: `tags` must have at least one tag",
      "content/cards/main.md:14: `id` must not be empty",
    ]);
  });

  it("a card without its ? line, and a card with an empty back", () => {
    expect(problems({ cards: CARDS.replace("\n?\n\n**No.**", "\n**No.**") })).toEqual([
      "content/cards/main.md:8: a card needs a line holding only `?` between its front and its back",
    ]);
    expect(problems({ cards: CARDS.replace("Up to **1 KB** per second.", "") })).toEqual([
      "content/cards/main.md:26: the card's back (below the `?` line) is empty",
    ]);
  });

  it("an option without an explanation, and too few options", () => {
    const questions = QUESTIONS.replace("  TLS is in transit, not at rest.\n", "");
    expect(problems({ questions })).toEqual([
      "content/questions/main.md:16: this option has no explanation: add indented lines under it saying why it is right or wrong",
    ]);
    const three = QUESTIONS.replace("- [ ] Turn on TLS.\n  TLS is in transit, not at rest.\n", "");
    expect(problems({ questions: three })).toEqual(["content/questions/main.md:10: a single-answer question has exactly 4 options; this one has 3"]);
  });

  it("the exam's formats: one answer among exactly four, or two or three among exactly five", () => {
    const five = QUESTIONS.replace("- [ ] Turn on TLS.\n  TLS is in transit, not at rest.\n", "- [ ] Turn on TLS.\n  TLS is in transit, not at rest.\n- [ ] Enable IAM authentication.\n  That controls who connects, not storage.\n");
    expect(problems({ questions: five })).toEqual(["content/questions/main.md:10: a single-answer question has exactly 4 options; this one has 5"]);
    const fourForTwo = QUESTIONS.replace("- [ ] Transactions cost half.\n  Wrong: they cost double.\n", "");
    expect(problems({ questions: fourForTwo })).toEqual(["content/questions/main.md:28: a multiple-response question (choose: 2) has exactly 5 options; this one has 4"]);
  });

  it("an empty scenario", () => {
    const questions = QUESTIONS.replace("An unencrypted RDS instance must become encrypted. What should the developer do?\n", "");
    expect(problems({ questions })).toEqual(["content/questions/main.md:8: the question's scenario (above the options) is empty"]);
  });

  it("a correction without its documentation link", () => {
    const cards = CARDS.replace("  source: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html\n", "");
    expect(problems({ cards })).toEqual(["content/cards/main.md:19: missing field `correction.source`"]);
  });

  it("reports every problem in one pass", () => {
    const cards = CARDS.replace("topic: rds", "topic: nope").replace("domain: development", "domain: x");
    expect(problems({ cards })).toHaveLength(2);
  });

  it("a broken catalog", () => {
    expect(problems({}, CATALOG.replace("    summary: NoSQL.\n", ""))).toEqual(["content/catalog.yml:5: missing field `topics.1.summary`"]);
  });
});
