/** Which reader a file goes to (import-kind.ts). */
export type ImportKind = "anki-text" | "apkg" | "markdown";

/** What an importer reads from a file, before anything is written: the deck-to-be and what was left out. */

export interface ImportedCard {
  /** Markdown, as the app stores every card. */
  front: string;
  back: string;
  /** What the app's renderer makes of front and back (html-to-markdown.ts ImportedField). */
  frontHtml: string;
  backHtml: string;
  tags: string[];
  /** Where in the file it came from ("line 12", "note 1712345678901"), for the preview and for errors. */
  origin: string;
  /** The source's own id for the note, when it has one (Anki's guid): kept so a re-import can match it. */
  sourceId: string | null;
}

export interface ImportedMedia {
  /** The file name the cards refer to. */
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

/** An image as JSON carries it (between the reader's process and the server, and in a draft's file). */
export interface MediaAsText {
  name: string;
  contentType: string;
  base64: string;
}

export const mediaToText = (media: readonly ImportedMedia[]): MediaAsText[] => media.map(({ bytes, ...rest }) => ({ ...rest, base64: Buffer.from(bytes).toString("base64") }));
export const mediaFromText = (media: readonly MediaAsText[]): ImportedMedia[] => media.map(({ base64, ...rest }) => ({ ...rest, bytes: new Uint8Array(Buffer.from(base64, "base64")) }));

export interface ImportedDeck {
  /** The deck's name in the source, when the file says. */
  title: string | null;
  cards: ImportedCard[];
  media: ImportedMedia[];
  /** Notes left out, by reason (an unsupported note type, an empty front), each with a count. */
  skipped: { reason: string; count: number; first: string }[];
}

/** Counts skipped notes by reason, keeping where the first of each was. */
export class SkipTally {
  private readonly reasons = new Map<string, { count: number; first: string }>();
  constructor(earlier: ImportedDeck["skipped"] = []) {
    for (const { reason, count, first } of earlier) this.reasons.set(reason, { count, first });
  }
  add(reason: string, where: string) {
    const known = this.reasons.get(reason);
    if (known) known.count += 1;
    else this.reasons.set(reason, { count: 1, first: where });
  }
  list(): ImportedDeck["skipped"] {
    return [...this.reasons].map(([reason, { count, first }]) => ({ reason, count, first }));
  }
}
