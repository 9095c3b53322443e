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
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import remarkStringify from "remark-stringify";
import { unified } from "unified";

const STRINGIFY = { bullet: "-", emphasis: "*", strong: "*", fences: true, rule: "-" } as const;

const toText = unified().use(remarkGfm).use(remarkStringify, STRINGIFY).freeze();
const toTree = unified().use(rehypeParse, { fragment: true }).use(rehypeSanitize).use(rehypeRemark).freeze();
const treeToHtml = unified().use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).freeze();

/** Sanitized HTML → Markdown. */
export const htmlToMarkdown = (html: string): string => htmlField(html).markdown;

/**
 * An imported field as the app stores it: its Markdown, and the HTML the app's renderer makes of that Markdown
 * (render-markdown.ts: the same sanitizer, the same output, which a test holds them to), rendered from the tree
 * the Markdown was written from instead of parsing the Markdown again. An import renders twenty thousand sides.
 */
export interface ImportedField {
  markdown: string;
  html: string;
}

const fieldOf = (tree: MdastRoot): ImportedField => ({
  markdown: String(toText.stringify(tree)).trim(),
  html: String(treeToHtml.stringify(treeToHtml.runSync(tree) as Parameters<typeof treeToHtml.stringify>[0])).trim(),
});

/** How a reader converts fields: these two, or (read-import.ts) the same results worked out in parallel. */
export interface FieldConverter {
  html(field: string): ImportedField;
  text(field: string): ImportedField;
}

export const CONVERT_FIELDS: FieldConverter = { html: (field) => htmlField(field), text: (field) => textField(field) };

/** A field Anki holds as HTML. */
export function htmlField(html: string): ImportedField {
  // Most imported fields are HTML without a tag or an entity: that is text with its white space collapsed, and
  // the text path is five times quicker (it counts, at ten thousand notes).
  if (!/[<&]/.test(html)) return textField(html.replace(/\s+/g, " "));
  return fieldOf(toTree.runSync(toTree.parse(html)) as MdastRoot);
}

/** A field Anki holds as plain text. */
export function textField(text: string): ImportedField {
  return fieldOf(textTree(text));
}

/** Plain text → Markdown that shows exactly that text: paragraphs at blank lines, line breaks kept. */
export function textToMarkdown(text: string): string {
  return toText.stringify(textTree(text)).trim();
}

/** Plain text as a Markdown tree: paragraphs at blank lines, line breaks kept, nothing in it markup. */
function textTree(text: string): MdastRoot {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return {
    type: "root",
    children: paragraphs.map((paragraph) => ({
      type: "paragraph",
      children: paragraph.split("\n").flatMap((line, i) => [...(i > 0 ? [{ type: "break" as const }] : []), { type: "text" as const, value: line }]),
    })),
  };
}

/** Whether a field looks like HTML (a tag or an entity), as Anki guesses when a file doesn't say. */
export function looksLikeHtml(field: string): boolean {
  return /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>|&(#\d+|#x[\da-f]+|[a-z]+);/i.test(field);
}
