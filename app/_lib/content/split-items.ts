import { ContentError } from "./errors";

/** One item as written: its YAML header and Markdown body, with the lines they start on (1-based). */
export interface RawItem {
  file: string;
  line: number;
  header: string;
  headerLine: number;
  body: string;
  bodyLine: number;
}

const DELIMITER = /^---\s*$/;

/**
 * Splits a deck file into items: `---`, YAML header, `---`, Markdown body, and again.
 * Every `---` line is a delimiter, so a Markdown rule inside a body must be written `***`.
 */
export function splitItems(file: string, text: string): { items: RawItem[]; errors: ContentError[] } {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const items: RawItem[] = [];
  const errors: ContentError[] = [];
  const delimiters = lines.flatMap((line, index) => (DELIMITER.test(line) ? [index] : []));

  const firstDelimiter = delimiters[0] ?? lines.length;
  const preamble = lines.slice(0, firstDelimiter).findIndex((line) => line.trim() !== "");
  if (preamble !== -1) {
    errors.push(new ContentError(file, preamble + 1, "text before the first item: each item starts with a `---` line, then its header"));
  }
  if (delimiters.length % 2 !== 0) {
    const last = delimiters[delimiters.length - 1]!;
    errors.push(
      new ContentError(
        file,
        last + 1,
        "this `---` opens an item header that is never closed (a Markdown rule inside a body must be written `***`, not `---`)",
      ),
    );
  }

  for (let i = 0; i + 1 < delimiters.length; i += 2) {
    const open = delimiters[i]!;
    const close = delimiters[i + 1]!;
    const next = delimiters[i + 2] ?? lines.length;
    items.push({
      file,
      line: open + 1,
      header: lines.slice(open + 1, close).join("\n"),
      headerLine: open + 2,
      body: lines.slice(close + 1, next).join("\n"),
      bodyLine: close + 2,
    });
  }
  return { items, errors };
}
