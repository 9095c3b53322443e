import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseContent } from "@/app/_lib/content/parse-content";
import { readContentDir } from "@/app/_lib/content/read-content-dir";
import { bankReport } from "@/app/_lib/content/bank-report";
import { EXAM_DOMAINS } from "@/app/_lib/content/schema";

// The decks members study: valid, big enough to study from, and traceable.
const { catalogFile, files } = readContentDir(join(process.cwd(), "content"));
const content = parseContent(catalogFile, files);
const items = [...content.cards, ...content.questions];

/**
 * The DVA-C02 skills on these services that the bank must rehearse, each by its tag: at least two questions
 * (from different angles) and one card each.
 */
const SKILL_TAGS = [
  // DynamoDB as a developer uses it
  "update-expressions", "atomic-counters", "return-values", "condition-expressions", "optimistic-locking", "query-vs-scan",
  "pagination", "batch-operations", "transactions", "reserved-words", "stream-view-types", "stream-error-handling", "ttl",
  "dax", "gsi-vs-lsi", "write-sharding", "partiql", "vpc-endpoints",
  // Connections and secrets
  "connection-reuse", "rds-proxy", "secrets-manager", "parameter-store", "iam-db-auth", "tls", "data-api",
  // Caching strategies
  "lazy-loading", "write-through", "cache-ttl",
];

describe("the shipped content", () => {
  it("has at least 160 questions, so a 65-question exam draws under half the bank, and 120 cards", () => {
    expect(content.cards.length).toBeGreaterThanOrEqual(120);
    expect(content.questions.length).toBeGreaterThanOrEqual(160);
    expect(65 / content.questions.length).toBeLessThan(0.5);
    expect(content.questions.filter((q) => q.choose > 1).length).toBeGreaterThanOrEqual(10);
  });

  it("gives DynamoDB at least 35% of the questions", () => {
    expect(content.questions.filter((q) => q.topic === "dynamodb").length / content.questions.length).toBeGreaterThanOrEqual(0.35);
  });

  it("tests every listed skill with at least two questions and teaches it with at least one card", () => {
    const short = SKILL_TAGS.filter(
      (tag) => content.questions.filter((q) => q.tags.includes(tag)).length < 2 || !content.cards.some((c) => c.tags.includes(tag)),
    );
    expect(short).toEqual([]);
  });

  it("passes the bank-quality limits (no answer cues past content/README.md's limits)", () => {
    expect(bankReport(content.questions).failures).toEqual([]);
  });

  it("covers every topic with cards and questions, and every exam domain", () => {
    for (const topic of content.catalog.topics) {
      expect(content.cards.some((c) => c.topic === topic.slug), topic.slug).toBe(true);
      expect(content.questions.some((q) => q.topic === topic.slug), topic.slug).toBe(true);
    }
    for (const domain of Object.keys(EXAM_DOMAINS)) expect(items.some((i) => i.domain === domain), domain).toBe(true);
  });

  it("backs every item with AWS's own documentation", () => {
    const official = /^https:\/\/((docs\.)?aws\.amazon\.com|github\.com\/awsdocs)\//;
    const undocumented = items.filter((item) => !item.docs.some((url) => official.test(url)));
    expect(undocumented.map((i) => i.id)).toEqual([]);
  });

  it("states each correction to the guide the same way wherever it appears", () => {
    const byClaim = new Map<string, Set<string>>();
    for (const { correction } of items) {
      if (!correction) continue;
      const variants = byClaim.get(correction.guide) ?? new Set();
      variants.add(`${correction.note}|${correction.source}`);
      byClaim.set(correction.guide, variants);
    }
    expect(byClaim.size).toBeGreaterThanOrEqual(10);
    for (const [claim, variants] of byClaim) expect(variants.size, claim).toBe(1);
  });

  it("teaches the corrected facts, not the guide's errors", () => {
    const text = (item: (typeof items)[number]) =>
      item.kind === "card" ? `${item.front}\n${item.back}` : `${item.stem}\n${item.options.map((o) => `${o.text} ${o.explanation}`).join("\n")}`;
    const backtrack = items.filter((i) => /backtrack/i.test(text(i)));
    expect(backtrack.length).toBeGreaterThan(0);
    expect(backtrack.some((i) => /Aurora MySQL/i.test(text(i)))).toBe(true);
    expect(items.some((i) => /256 ACU/.test(text(i)))).toBe(true);
    expect(items.some((i) => /ThrottledRequests/.test(text(i)))).toBe(true);
  });

  it("has no question whose stem announces the choose count (the app adds it)", () => {
    expect(content.questions.filter((q) => /\(choose (two|three)\)/i.test(q.stem)).map((q) => q.id)).toEqual([]);
  });
});
