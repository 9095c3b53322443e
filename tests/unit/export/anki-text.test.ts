import { describe, expect, it } from "vitest";
import { ankiTextExport, type ExportCard } from "@/app/_lib/export/anki-text";
import { parseAnkiText } from "@/app/_lib/import/anki-text";
import { renderMarkdown } from "@/app/_lib/content/render-markdown";

const CARDS: ExportCard[] = [
  { id: "lambda-timeout", front: "What is the **maximum** Lambda timeout?", back: "**15 minutes** (900 seconds).", tags: ["lambda", "limits"] },
  {
    id: "sqs-visibility",
    front: 'What does "visibility timeout" do in `SQS`?',
    back: "It hides a received message:\n\n- from other consumers\n- until it is deleted or the timeout ends\n\n| Setting | Default |\n|---|---|\n| Visibility | 30 s |",
    tags: ["sqs"],
  },
  { id: "kms-link", front: "# Where are key policies documented?", back: "[KMS key policies](https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html)\n\n```\naws kms get-key-policy\n```", tags: [] },
];

describe("ankiTextExport", () => {
  it("writes Anki's headers and one tab-separated note a line, quoting fields that span lines", () => {
    const text = ankiTextExport("DVA-C02: Lambda\tand SQS", CARDS);
    const lines = text.split("\n");
    expect(lines.slice(0, 7)).toEqual(["#separator:tab", "#html:true", "#notetype:Basic", "#deck:DVA-C02: Lambda and SQS", "#columns:GUID\tFront\tBack\tTags", "#guid column:1", "#tags column:4"]);
    expect(lines[7]).toBe("lambda-timeout\t<p>What is the <strong>maximum</strong> Lambda timeout?</p>\t<p><strong>15 minutes</strong> (900 seconds).</p>\tlambda limits");
    expect(lines[8]).toMatch(/^sqs-visibility\t"<p>What does ""visibility timeout"" do in <code>SQS<\/code>\?<\/p>"\t"<p>It hides/);
  });

  it("gives back the same deck when imported: every card's id, tags and rendered front and back", () => {
    const imported = parseAnkiText(ankiTextExport("Round trip", CARDS));
    expect(imported.title).toBe("Round trip");
    expect(imported.skipped).toEqual([]);
    expect(imported.cards.map((card) => ({ id: card.sourceId, tags: card.tags, front: renderMarkdown(card.front), back: renderMarkdown(card.back) }))).toEqual(
      CARDS.map((card) => ({ id: card.id, tags: card.tags, front: renderMarkdown(card.front), back: renderMarkdown(card.back) })),
    );
  });
});
