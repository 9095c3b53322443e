import { describe, expect, it } from "vitest";
import { countTags, filterItems } from "@/app/_lib/content/browse";

const items = [
  { id: "a", topicSlug: "rds", tags: ["encryption", "kms"], searchText: "encrypt an existing **rds** instance" },
  { id: "b", topicSlug: "dynamodb", tags: ["capacity"], searchText: "one wcu covers 1 kb; a gsi has its own capacity" },
  { id: "c", topicSlug: "dynamodb", tags: ["indexes", "capacity"], searchText: "gsi reads are eventually consistent" },
];

describe("filterItems", () => {
  it("returns everything without a filter", () => {
    expect(filterItems(items, {}).map((i) => i.id)).toEqual(["a", "b", "c"]);
  });

  it("combines topic, tag and case-insensitive text", () => {
    expect(filterItems(items, { topic: "dynamodb" }).map((i) => i.id)).toEqual(["b", "c"]);
    expect(filterItems(items, { tag: "capacity" }).map((i) => i.id)).toEqual(["b", "c"]);
    expect(filterItems(items, { q: "GSI" }).map((i) => i.id)).toEqual(["b", "c"]);
    expect(filterItems(items, { topic: "dynamodb", tag: "indexes", q: "  Consistent " }).map((i) => i.id)).toEqual(["c"]);
    expect(filterItems(items, { topic: "rds", q: "gsi" })).toEqual([]);
  });
});

describe("countTags", () => {
  it("counts each tag once per item, alphabetically", () => {
    expect(countTags(items)).toEqual([
      { slug: "capacity", count: 2 },
      { slug: "encryption", count: 1 },
      { slug: "indexes", count: 1 },
      { slug: "kms", count: 1 },
    ]);
  });
});
