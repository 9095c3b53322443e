import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

// Raw HTML in Markdown is dropped (remark-rehype without allowDangerousHtml), and the result still goes
// through rehype-sanitize's GitHub schema, which strips event handlers and javascript: URLs. Content is
// rendered once when it is written (the seed, a member's edit, an import), so pages only insert this
// already-safe HTML.
const gfm = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).freeze();
const commonMark = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).freeze();

/**
 * Text in which GitHub's extensions could find something: a table or task list, strikethrough, a footnote, a
 * bare link or e-mail address. Without any of these, plain CommonMark parses it to the same tree, three times
 * faster (it counts when an import renders twenty thousand sides); a test holds the two to the same output.
 */
const GFM_SYNTAX = /[|~@]|\[\^|\[[ xX]\]|www\.|https?:\/\/|mailto:|xmpp:/i;

/** Markdown → sanitized HTML (block content, e.g. `<p>…</p>`). */
export function renderMarkdown(markdown: string): string {
  return String((GFM_SYNTAX.test(markdown) ? gfm : commonMark).processSync(markdown)).trim();
}

/** For the test that holds the fast path to GitHub's output. */
export const renderWithGfm = (markdown: string) => String(gfm.processSync(markdown)).trim();

/** Markdown for one line (an option's text) → sanitized HTML without the wrapping paragraph. */
export function renderInlineMarkdown(markdown: string): string {
  return renderMarkdown(markdown).replace(/^<p>([\s\S]*)<\/p>$/, "$1");
}
