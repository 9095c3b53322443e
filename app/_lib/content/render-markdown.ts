import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

// Raw HTML in Markdown is dropped (remark-rehype without allowDangerousHtml), and the result still goes
// through rehype-sanitize's GitHub schema, which strips event handlers and javascript: URLs. Content is
// rendered once at seed time, so pages only insert this already-safe HTML.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeStringify)
  .freeze();

/** Markdown → sanitized HTML (block content, e.g. `<p>…</p>`). */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown)).trim();
}

/** Markdown for one line (an option's text) → sanitized HTML without the wrapping paragraph. */
export function renderInlineMarkdown(markdown: string): string {
  return renderMarkdown(markdown).replace(/^<p>([\s\S]*)<\/p>$/, "$1");
}
