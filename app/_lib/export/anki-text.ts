/**
 * A deck as Anki's text format, the way Anki's own "Notes in Plain Text" export writes it: tab-separated, HTML
 * fields (our Markdown rendered by the same sanitizing renderer the app shows), header lines naming the
 * columns, the deck and the note type, and each card's id as Anki's guid so a re-import matches it. Both Anki
 * and this app's importer (import/anki-text.ts) read it back. Pure.
 */
import { renderMarkdown } from "@/app/_lib/content/render-markdown";

export interface ExportCard {
  id: string;
  /** Markdown. */
  front: string;
  back: string;
  tags: readonly string[];
}

// A field is quoted when it holds the separator, a line break or a quote, or starts with the comment mark.
const field = (text: string) => (/[\t\r\n"]|^#/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
// Anki's tags are space-separated words.
const tagWord = (tag: string) => tag.trim().replace(/\s+/g, "-");
// A header value ends at the line's end.
const oneLine = (text: string) => text.replace(/[\r\n\t]+/g, " ").trim();

export function ankiTextExport(title: string, cards: readonly ExportCard[]): string {
  const header = ["#separator:tab", "#html:true", "#notetype:Basic", `#deck:${oneLine(title)}`, "#columns:GUID\tFront\tBack\tTags", "#guid column:1", "#tags column:4"];
  const rows = cards.map((card) => [card.id, renderMarkdown(card.front), renderMarkdown(card.back), card.tags.map(tagWord).join(" ")].map(field).join("\t"));
  return [...header, ...rows].join("\n") + "\n";
}
