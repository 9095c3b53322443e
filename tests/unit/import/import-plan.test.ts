import { describe, expect, it } from "vitest";
import { parseContent } from "@/app/_lib/content/parse-content";
import { ankiPlan, markdownPlan, MISSING_IMAGE, previewOf, withMediaUrls } from "@/app/_lib/import/import-plan";

const DECK = "feedfacecafe";

describe("withMediaUrls", () => {
  it("points the images the package holds at the deck's media route, and leaves other images and text alone", () => {
    const names = new Set(["a b.png", "x.png"]);
    expect(withMediaUrls("See ![](<a b.png>) and ![chart](x.png) and ![](https://example.com/y.png)", DECK, names)).toBe(
      `See ![](/api/decks/${DECK}/media/a%20b.png) and ![chart](/api/decks/${DECK}/media/x.png) and ![](https://example.com/y.png)`,
    );
    expect(withMediaUrls("No images [here](x.png)", DECK, names)).toBe("No images [here](x.png)");
  });
});

describe("ankiPlan", () => {
  it("shows an image the file doesn't hold as its name, and counts it with where it was", () => {
    const card = { front: "Q ![](diagram.png)", back: "A ![](https://example.com/x.png)", frontHtml: "", backHtml: "", tags: [], origin: "line 4", sourceId: null };
    const plan = ankiPlan({ title: "T", cards: [card, { ...card, origin: "line 5" }], media: [], skipped: [] }, DECK, "development", "t.txt");
    expect(plan.cards[0]).toMatchObject({ frontMd: "Q \\[image: diagram.png]", frontHtml: "<p>Q [image: diagram.png]</p>", backMd: "A ![](https://example.com/x.png)" });
    expect(plan.skipped).toEqual([{ reason: MISSING_IMAGE, count: 2, first: 'image "diagram.png" (line 4)' }]);
  });

  it("makes each note a card on the deck's own topic, in the file's order, with slug tags and the chosen domain", () => {
    const plan = ankiPlan(
      { title: "Default", cards: [{ front: "Q", back: "A", frontHtml: "<p>Q</p>", backHtml: "<p>A</p>", tags: ["AWS::Lambda", "limits"], origin: "line 1", sourceId: null }], media: [], skipped: [{ reason: "an empty front", count: 2, first: "line 3" }] },
      DECK,
      "security",
      "lambda-limits.txt",
    );
    expect(plan).toMatchObject({ title: "lambda-limits", topics: [{ slug: `d-${DECK}` }], sections: [{ slug: `deck-${DECK}`, source: "members" }], skipped: [{ count: 2 }] });
    expect(plan.cards).toEqual([expect.objectContaining({ id: `${DECK}-1`, topicSlug: `d-${DECK}`, domain: "security", tags: ["aws-lambda", "limits"], frontHtml: "<p>Q</p>", sourceLine: 1 })]);
  });
});

describe("markdownPlan", () => {
  const catalog = (topics: string[]) => ({
    path: "catalog.yml",
    text: `topics:\n${topics.map((t) => `  - { slug: ${t}, title: ${t.toUpperCase()}, summary: about ${t} }`).join("\n")}\nsources:\n  - slug: notes\n    title: Notes\n    sections:\n      - { slug: basics, title: Basics }\n`,
  });
  const cards = (topic: string) => `---\nid: c1\ntopic: ${topic}\ndomain: deployment\nsection: basics\ntags: [untagged]\n---\nFront\n\n?\n\nBack\n`;

  it("makes a deck's one topic and section its own, and drops the export's placeholder tag", () => {
    const plan = markdownPlan({ ...parseContent(catalog(["sam"]), [{ path: "cards/sam.md", kind: "cards", text: cards("sam") }]), media: [], skipped: [] }, DECK, "sam.md");
    expect(plan.topics).toEqual([{ slug: `d-${DECK}`, title: "SAM", summary: "about sam" }]);
    expect(plan.sections).toEqual([{ slug: `deck-${DECK}`, title: "Basics", source: "notes" }]);
    expect(plan.cards).toEqual([expect.objectContaining({ id: `${DECK}-c1`, topicSlug: `d-${DECK}`, sectionSlug: `deck-${DECK}`, domain: "deployment", tags: [] })]);
  });

  it("keeps several topics under the deck, beside its own", () => {
    const plan = markdownPlan({ ...parseContent(catalog(["sam", "cdk"]), [{ path: "cards/x.md", kind: "cards", text: cards("cdk") }]), media: [], skipped: [] }, DECK, "iac.zip");
    expect(plan.title).toBe("iac");
    expect(plan.topics.map((t) => t.slug)).toEqual([`d-${DECK}`, `d-${DECK}-sam`, `d-${DECK}-cdk`]);
    expect(plan.cards[0]).toMatchObject({ topicSlug: `d-${DECK}-cdk` });
  });

  it("points its items' images in media/ at the new deck's media route", () => {
    const withImage = cards("sam").replace("Back", "Back ![arch](media/arch%20v2.png) ![gone](media/missing.png)");
    const media = [{ name: "arch v2.png", contentType: "image/png", bytes: Uint8Array.from([1]) }];
    const plan = markdownPlan({ ...parseContent(catalog(["sam"]), [{ path: "cards/sam.md", kind: "cards", text: withImage }]), media, skipped: [] }, DECK, "sam.zip");
    expect(plan.cards[0]!.backMd).toBe(`Back ![arch](/api/decks/${DECK}/media/arch%20v2.png) \\[image: media/missing.png]`);
    expect(plan.media).toBe(media);
  });
});

describe("previewOf", () => {
  it("keeps the counts, the first items and only the images those items show", () => {
    const card = (i: number) => ({ front: `Q${i}${i === 1 ? " ![](a.png)" : i === 9 ? " ![](b.png)" : ""}`, back: "A", frontHtml: "", backHtml: "<p>A</p>", tags: [], origin: `line ${i}`, sourceId: null });
    const image = (name: string) => ({ name, contentType: "image/png", bytes: Uint8Array.from([1]) });
    const plan = ankiPlan({ title: "T", cards: Array.from({ length: 10 }, (_, i) => card(i)), media: [image("a.png"), image("b.png")], skipped: [] }, DECK, "development", "t.apkg");
    const preview = previewOf(plan, 5);
    expect([preview.cards, preview.questions, preview.images, preview.firstCards.length]).toEqual([10, 0, 2, 5]);
    expect(preview.media.map((media) => media.name)).toEqual(["a.png"]);
  });
});
