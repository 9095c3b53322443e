/**
 * Imported fields become Markdown, the one format the app stores and edits cards in, so an imported card is
 * shown by the same sanitizing renderer as the bundled content (render-markdown.ts) and edited like any other.
 * HTML is sanitized first (rehype-sanitize's GitHub schema: no scripts, event handlers or javascript: URLs),
 * then converted; plain text is escaped so that nothing in it turns into markup.
 */
import type { Root as MdastRoot } from "mdast";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";
import { unified } from "unified";

const STRINGIFY = { bullet: "-", emphasis: "*", strong: "*", fences: true, rule: "-" } as const;

const fromHtml = unified().use(rehypeParse, { fragment: true }).use(rehypeSanitize).use(rehypeRemark).use(remarkGfm).use(remarkStringify, STRINGIFY).freeze();
const toText = unified().use(remarkGfm).use(remarkStringify, STRINGIFY).freeze();

/** Sanitized HTML → Markdown. */
export function htmlToMarkdown(html: string): string {
  // Most imported fields are HTML without a tag or an entity: that is text with its white space collapsed, and
  // the text path is five times quicker (it counts, at ten thousand notes).
  if (!/[<&]/.test(html)) return textToMarkdown(html.replace(/\s+/g, " "));
  return String(fromHtml.processSync(html)).trim();
}

/** Plain text → Markdown that shows exactly that text: paragraphs at blank lines, line breaks kept. */
export function textToMarkdown(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  const root: MdastRoot = {
    type: "root",
    children: paragraphs.map((paragraph) => ({
      type: "paragraph",
      children: paragraph.split("\n").flatMap((line, i) => [...(i > 0 ? [{ type: "break" as const }] : []), { type: "text" as const, value: line }]),
    })),
  };
  return toText.stringify(root).trim();
}

/** Whether a field looks like HTML (a tag or an entity), as Anki guesses when a file doesn't say. */
export function looksLikeHtml(field: string): boolean {
  return /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>|&(#\d+|#x[\da-f]+|[a-z]+);/i.test(field);
}
