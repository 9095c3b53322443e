/**
 * Inserts HTML that the seed rendered from content Markdown. It is safe by construction: raw HTML in
 * the Markdown is dropped and the output sanitized (app/_lib/content/render-markdown.ts), once, at seed.
 */
export function Markdown({ html, className, as: Tag = "div" }: { html: string; className?: string; as?: "div" | "span" }) {
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
