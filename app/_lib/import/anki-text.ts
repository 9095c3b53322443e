/**
 * Anki's text format ("Notes in Plain Text" exports, and CSV or TSV files written for Anki's importer), read as
 * Anki reads it (docs.ankiweb.net, "Importing text files"):
 *
 * - Header lines at the top start with `#`: `#separator:` (tab, comma, semicolon, pipe, colon, space, or the
 *   character itself), `#html:true|false`, `#tags:` (added to every note), `#columns:` (column names, split by
 *   the separator), `#deck:` and `#notetype:` (names), and `#deck column:`, `#notetype column:`, `#tags column:`
 *   and `#guid column:` (1-based). A first line `tags:…` is the older way to tag every note. Other `#` lines are
 *   comments, in the header or below it.
 * - Without `#separator`, the separator is the first of tab, pipe, semicolon, colon, comma found in the first
 *   record's line (else a space).
 * - Fields are CSV: a field in double quotes may hold the separator and line breaks, and `""` is a quote.
 * - Without `#html`, the fields are HTML if any of them looks like HTML.
 * - Fields go to the note type's fields by column name (Front, Back) when `#columns` names them, else in order,
 *   skipping the columns the header gave to tags, guid, deck or note type; with no tags column named, a
 *   column after Front and Back holds tags, as in Anki. A first row naming Front and Back (a spreadsheet's
 *   header) is read as `#columns`.
 *
 * Only Basic-type notes become cards (front and back); other note types are listed and skipped with a count.
 * Pure: text in, a deck out (or an ImportError that names the line).
 */
import { parse } from "csv-parse/sync";
import { ImportError } from "./errors";
import { CONVERT_FIELDS, looksLikeHtml, type FieldConverter } from "./html-to-markdown";
import { IMPORT_LIMITS, type ImportLimits } from "./limits";
import { SkipTally, type ImportedCard, type ImportedDeck } from "./types";

const SEPARATORS: Record<string, string> = { tab: "\t", pipe: "|", semicolon: ";", colon: ":", comma: ",", space: " " };
/** The order Anki tries separators in when the file names none. */
const GUESS_ORDER = ["\t", "|", ";", ":", ","];

export interface TextHeader {
  separator: string | null;
  html: boolean | null;
  tags: string[];
  columns: string[] | null;
  deck: string | null;
  notetype: string | null;
  deckColumn: number;
  notetypeColumn: number;
  tagsColumn: number;
  guidColumn: number;
  /** Lines the header took (the records start after them). */
  lines: number;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const columnNumber = (value: string) => {
  const n = Number(value.trim());
  return Number.isInteger(n) && n > 0 ? n : 0;
};

/** The header lines at the top of the file. */
export function readTextHeader(lines: readonly string[]): TextHeader {
  const header: TextHeader = {
    separator: null,
    html: null,
    tags: [],
    columns: null,
    deck: null,
    notetype: null,
    deckColumn: 0,
    notetypeColumn: 0,
    tagsColumn: 0,
    guidColumn: 0,
    lines: 0,
  };
  let rawColumns: string | null = null;
  for (const [index, line] of lines.entries()) {
    if (index === 0 && line.startsWith("tags:")) {
      header.tags = words(line.slice(5));
    } else if (line.startsWith("#")) {
      const colon = line.indexOf(":");
      if (colon > 0) {
        const key = line.slice(1, colon).trim().toLowerCase();
        const value = line.slice(colon + 1);
        if (key === "separator") header.separator = SEPARATORS[value.trim().toLowerCase()] ?? (value.length === 1 ? value : header.separator);
        else if (key === "html" && /^(true|false)$/i.test(value.trim())) header.html = value.trim().toLowerCase() === "true";
        else if (key === "tags") header.tags = words(value);
        else if (key === "columns") rawColumns = value;
        else if (key === "deck") header.deck = value.trim() || null;
        else if (key === "notetype") header.notetype = value.trim() || null;
        else if (key === "deck column") header.deckColumn = columnNumber(value);
        else if (key === "notetype column") header.notetypeColumn = columnNumber(value);
        else if (key === "tags column") header.tagsColumn = columnNumber(value);
        else if (key === "guid column") header.guidColumn = columnNumber(value);
      }
    } else {
      break;
    }
    header.lines = index + 1;
  }
  // Column names are split by the separator, whichever line named it.
  if (rawColumns !== null) header.columns = rawColumns.split(header.separator ?? "\t").map((name) => name.trim());
  return header;
}

function guessSeparator(firstRecordLine: string | undefined): string {
  return GUESS_ORDER.find((separator) => firstRecordLine?.includes(separator)) ?? " ";
}

/** A note type that becomes cards: Anki's Basic and its variants (and reversed, optional reversed, type in). */
export const isBasicNotetype = (name: string) => /^basic\b/i.test(name.trim());

interface Row {
  fields: string[];
  line: number;
}

const lineBreaks = (field: string) => field.match(/\r\n|\r|\n/g)?.length ?? 0;

/**
 * The records, each with the line it starts on. The header's `#` lines are comments to the CSV reader, so line
 * numbers are the file's own.
 */
function readRows(text: string, separator: string): Row[] {
  const rows: Row[] = [];
  let lastEnd = 0;
  try {
    parse(text, {
      delimiter: separator,
      quote: '"',
      escape: '"',
      // As Anki's reader: a quote inside an unquoted field is just a character, and rows may differ in length.
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      comment: "#",
      comment_no_infix: true,
      on_record: (record: string[], context: { lines: number }) => {
        lastEnd = context.lines;
        rows.push({ fields: record, line: context.lines - record.reduce((sum, field) => sum + lineBreaks(field), 0) });
        return null;
      },
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "CSV_QUOTE_NOT_CLOSED") {
      // The reader reports the end of the file; the member needs the line where the open quote starts.
      const lines = text.split(/\r\n|\n|\r/);
      const start = lines.findIndex((line, index) => index >= lastEnd && line.trim() !== "" && !line.startsWith("#"));
      throw new ImportError("a quoted field is never closed (a field that starts with a double quote must end with one)", `line ${start + 1}`);
    }
    const line = (error as { lines?: number }).lines;
    throw new ImportError(`the file could not be read as ${separator === "\t" ? "tab" : `"${separator}"`}-separated text (${(error as Error).message})`, line ? `line ${line}` : null);
  }
  return rows;
}

/** Reads an Anki text file into cards. Throws ImportError, naming the line, when it can't. */
export function parseAnkiText(input: string, limits: ImportLimits = IMPORT_LIMITS, convert: FieldConverter = CONVERT_FIELDS): ImportedDeck {
  const text = input.replace(/^\uFEFF/, "");
  if (text.includes("\u0000")) throw new ImportError("this is not a text file (it holds binary data): choose a .txt, .csv or .tsv file");
  const lines = text.split(/\r\n|\n|\r/);
  const header = readTextHeader(lines);
  const firstRecord = lines.slice(header.lines).find((line) => line.trim() !== "" && !line.startsWith("#"));
  const separator = header.separator ?? guessSeparator(firstRecord);
  // An old-style first line "tags:…" is header, not a note: made a comment, so line numbers stay.
  const rows = readRows(lines[0]?.startsWith("tags:") ? `#${text}` : text, separator);
  // A spreadsheet's first row naming its columns (Front, Back, Tags) is read as `#columns`, not as a note.
  const names = rows[0]?.fields.map((field) => field.trim().toLowerCase()) ?? [];
  if (header.columns === null && names.includes("front") && names.includes("back")) {
    header.columns = rows.shift()!.fields.map((field) => field.trim());
    if (!header.tagsColumn && names.includes("tags")) header.tagsColumn = names.indexOf("tags") + 1;
  }
  if (rows.length === 0) throw new ImportError("the file has no notes");
  if (rows.length > limits.notes) throw new ImportError(`the file has ${rows.length.toLocaleString("en")} notes; at most ${limits.notes.toLocaleString("en")} can be imported at once`);

  const meta = new Set([header.deckColumn, header.notetypeColumn, header.tagsColumn, header.guidColumn].filter((n) => n > 0));
  const width = Math.max(header.columns?.length ?? 0, ...rows.map((row) => row.fields.length));
  const fieldColumns = Array.from({ length: width }, (_, i) => i + 1).filter((n) => !meta.has(n));
  const named = (name: string) => {
    const index = header.columns?.findIndex((column) => column.toLowerCase() === name) ?? -1;
    return index >= 0 && !meta.has(index + 1) ? index + 1 : 0;
  };
  const front = named("front") || fieldColumns[0] || 0;
  const back = named("back") || fieldColumns.find((n) => n !== front) || 0;
  if (!front || !back) throw new ImportError("each note needs two fields, a front and a back: this file has only one column", `line ${rows[0]!.line}`);
  const tagsColumn = header.tagsColumn || (header.notetypeColumn ? 0 : (fieldColumns.find((n) => n > Math.max(front, back)) ?? 0));
  const html = header.html ?? rows.some((row) => row.fields.some(looksLikeHtml));
  const toField = html ? convert.html : convert.text;

  const cards: ImportedCard[] = [];
  const skipped = new SkipTally();
  const decks = new Map<string, number>();
  const guids = new Map<string, number>();
  for (const row of rows) {
    const where = `line ${row.line}`;
    const cell = (column: number) => (column > 0 ? (row.fields[column - 1] ?? "") : "");
    const notetype = header.notetypeColumn ? cell(header.notetypeColumn).trim() : header.notetype;
    if (notetype && !isBasicNotetype(notetype)) {
      skipped.add(`note type "${notetype}" (only Basic notes become cards)`, where);
      continue;
    }
    const guid = header.guidColumn ? cell(header.guidColumn).trim() || null : null;
    if (guid) {
      const earlier = guids.get(guid);
      if (earlier !== undefined) throw new ImportError(`the note id "${guid}" is used twice (first on line ${earlier}): each note needs its own`, where);
      guids.set(guid, row.line);
    }
    const frontField = toField(cell(front));
    const backField = toField(cell(back));
    if (!frontField.markdown) {
      skipped.add("an empty front", where);
      continue;
    }
    if (frontField.markdown.length > limits.fieldChars || backField.markdown.length > limits.fieldChars) {
      throw new ImportError(`a field is longer than ${limits.fieldChars.toLocaleString("en")} characters`, where);
    }
    const deck = header.deckColumn ? cell(header.deckColumn).trim() : "";
    if (deck) decks.set(deck, (decks.get(deck) ?? 0) + 1);
    cards.push({ front: frontField.markdown, back: backField.markdown, frontHtml: frontField.html, backHtml: backField.html, tags: [...header.tags, ...words(cell(tagsColumn))], origin: where, sourceId: guid });
  }
  const commonest = [...decks].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { title: deckTitle(header.deck ?? commonest ?? null), cards, media: [], skipped: skipped.list() };
}

/** Anki names subdecks "Parent::Child" (and, inside a collection, with a unit separator): "Parent / Child". */
export function deckTitle(name: string | null): string | null {
  const parts = (name ?? "").split(/::|\u001f/).map((part) => part.trim()).filter(Boolean);
  return parts.length ? parts.join(" / ") : null;
}
