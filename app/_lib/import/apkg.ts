/**
 * Anki packages (.apkg): a zip holding an Anki collection (a SQLite file) and its media.
 *
 * - Which collection to read comes from the `meta` entry (a protobuf PackageMetadata whose field 1 is the
 *   version: 1 `collection.anki2`, 2 `collection.anki21`, 3 `collection.anki21b`, zstd-compressed). Packages
 *   from current Anki also carry a placeholder `collection.anki2` that only says "update Anki"; reading through
 *   `meta` never imports it. Without `meta` (older Anki), `collection.anki21` is read if present, else `anki2`.
 * - Note types come from the `notetypes` and `fields` tables (schema 15 and later; a note type's kind, normal
 *   or cloze, is field 1 of its protobuf config) or from the `col.models` JSON (schema 11).
 * - Basic-type notes become cards: a normal (not cloze) note type with fields named Front and Back, or with
 *   exactly two fields. Others are listed by name and skipped with a count.
 * - Media: the `media` entry maps each zip entry ("0", "1", …) to a file name (JSON before version 3; from
 *   version 3 a zstd-compressed protobuf MediaEntries, each file zstd-compressed too). Only images the cards
 *   show are kept (PNG, JPEG, GIF, WebP, checked by their first bytes), served later with their content type.
 *
 * Pure apart from opening the collection with better-sqlite3 in memory. Throws ImportError naming the entry
 * or the note.
 */
import Database from "better-sqlite3";
import { Decompress } from "fzstd";
import { deckTitle, isBasicNotetype } from "./anki-text";
import { ImportError } from "./errors";
import { CONVERT_FIELDS, type FieldConverter } from "./html-to-markdown";
import { imageType, NOT_AN_IMAGE } from "./images";
import { IMPORT_LIMITS, type ImportLimits } from "./limits";
import { bytesFields, readFields, text, varintField } from "./protobuf";
import { SkipTally, type ImportedCard, type ImportedDeck, type ImportedMedia } from "./types";
import { concat, unzipEntries } from "./zip";

const COLLECTION_FILES: Record<number, string> = { 1: "collection.anki2", 2: "collection.anki21", 3: "collection.anki21b" };
const SQLITE_MAGIC = "SQLite format 3\u0000";

interface Notetype {
  name: string;
  cloze: boolean;
  fields: string[];
}

/** zstd, streamed so the output is counted against the limit as it grows. */
function unzstd(bytes: Uint8Array, where: string, budget: { left: number }): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const stream = new Decompress((chunk) => {
    size += chunk.length;
    budget.left -= chunk.length;
    if (budget.left < 0) throw new ImportError("the package unpacks to more than the limit; stopped there", where);
    chunks.push(chunk);
  });
  try {
    stream.push(bytes, true);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`it is not valid zstd data (${(error as Error).message})`, where);
  }
  return concat(chunks, size);
}

function packageVersion(entries: ReadonlyMap<string, Uint8Array>): number {
  const meta = entries.get("meta");
  if (!meta) return entries.has("collection.anki21") ? 2 : 1;
  let version: number | undefined;
  try {
    version = varintField(readFields(meta), 1);
  } catch (error) {
    throw new ImportError(`it can't be read (${(error as Error).message})`, 'entry "meta"');
  }
  if (!version || !COLLECTION_FILES[version]) {
    throw new ImportError(`the package's format (version ${version ?? "unknown"}) is newer than this app reads: export it again from Anki, or as text`, 'entry "meta"');
  }
  return version;
}

function readNotetypes(db: Database.Database): Map<number, Notetype> {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'notetypes'").get();
  const notetypes = new Map<number, Notetype>();
  if (hasTable) {
    const fields = db.prepare("SELECT ntid, name FROM fields ORDER BY ntid, ord").raw().all() as [number, string][];
    for (const [id, name, config] of db.prepare("SELECT id, name, config FROM notetypes").raw().all() as [number, string, Uint8Array][]) {
      let kind = 0;
      try {
        kind = varintField(readFields(config), 1) ?? 0;
      } catch {
        throw new ImportError("its settings can't be read", `note type "${name}"`);
      }
      notetypes.set(id, { name, cloze: kind === 1, fields: fields.filter(([ntid]) => ntid === id).map(([, field]) => field) });
    }
    return notetypes;
  }
  const row = db.prepare("SELECT models FROM col").raw().get() as [string] | undefined;
  let models: Record<string, { name?: string; type?: number; flds?: { name?: string; ord?: number }[] }>;
  try {
    models = JSON.parse(row?.[0] ?? "{}");
  } catch {
    throw new ImportError("the collection's note types can't be read");
  }
  for (const [id, model] of Object.entries(models)) {
    const fields = [...(model.flds ?? [])].sort((a, b) => (a.ord ?? 0) - (b.ord ?? 0)).map((field) => field.name ?? "");
    notetypes.set(Number(id), { name: model.name ?? `note type ${id}`, cloze: model.type === 1, fields });
  }
  return notetypes;
}

/** The deck most of the package's cards are in. */
function readDeckName(db: Database.Database): string | null {
  const top = db.prepare("SELECT did FROM cards GROUP BY did ORDER BY COUNT(*) DESC, did LIMIT 1").pluck().get() as number | undefined;
  if (top === undefined) return null;
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'decks'").get();
  if (hasTable) return (db.prepare("SELECT name FROM decks WHERE id = ?").pluck().get(top) as string | undefined) ?? null;
  try {
    const decks = JSON.parse((db.prepare("SELECT decks FROM col").pluck().get() as string | undefined) ?? "{}") as Record<string, { name?: string }>;
    return decks[String(top)]?.name ?? null;
  } catch {
    return null;
  }
}

/** Front and back field positions for a Basic-type note type, or null. */
function basicFields(notetype: Notetype): [number, number] | null {
  if (notetype.cloze) return null;
  const named = (name: string) => notetype.fields.findIndex((field) => field.trim().toLowerCase() === name);
  const [front, back] = [named("front"), named("back")];
  if (front >= 0 && back >= 0) return [front, back];
  if (notetype.fields.length === 2 || (isBasicNotetype(notetype.name) && notetype.fields.length >= 2)) return [0, 1];
  return null;
}

/** Media files by the name the cards use, with the zip entry each is in. */
function readMediaMap(entries: ReadonlyMap<string, Uint8Array>, version: number, budget: { left: number }): Map<string, string> {
  const raw = entries.get("media");
  const map = new Map<string, string>();
  if (!raw) return map;
  try {
    if (version < 3) {
      for (const [entry, name] of Object.entries(JSON.parse(new TextDecoder().decode(raw)) as Record<string, unknown>)) {
        if (typeof name === "string") map.set(name, entry);
      }
    } else {
      bytesFields(readFields(unzstd(raw, 'entry "media"', budget)), 1).forEach((message, index) => {
        const fields = readFields(message);
        const name = text(bytesFields(fields, 1)[0]);
        map.set(name, String(varintField(fields, 255) ?? index));
      });
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`the list of media files can't be read (${(error as Error).message})`, 'entry "media"');
  }
  return map;
}

/** The image a card's HTML shows, by file name (Anki writes them as plain relative src attributes). */
export function imageNames(html: string): string[] {
  return [...html.matchAll(/<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((match) =>
    (match[1] ?? match[2] ?? match[3] ?? "").replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'"),
  );
}

/** Reads an Anki package into cards and the images they show. Throws ImportError naming the entry or note. */
export function readApkg(bytes: Uint8Array, limits: ImportLimits = IMPORT_LIMITS, convert: FieldConverter = CONVERT_FIELDS): ImportedDeck {
  const entries = unzipEntries(bytes, limits);
  const version = packageVersion(entries);
  const file = COLLECTION_FILES[version]!;
  const stored = entries.get(file);
  if (!stored) throw new ImportError(`the package has no collection (${file})`);
  const budget = { left: limits.unpackedBytes };
  const collection = version === 3 ? unzstd(stored, `entry "${file}"`, budget) : stored;
  if (new TextDecoder().decode(collection.subarray(0, 16)) !== SQLITE_MAGIC) throw new ImportError("it is not an Anki collection (not a SQLite file)", `entry "${file}"`);

  let db: Database.Database;
  try {
    db = new Database(Buffer.from(collection.buffer, collection.byteOffset, collection.byteLength), { readonly: true });
  } catch (error) {
    throw new ImportError(`the collection can't be opened (${(error as Error).message})`, `entry "${file}"`);
  }
  try {
    const notetypes = readNotetypes(db);
    const notes = db.prepare("SELECT id, guid, mid, tags, flds FROM notes ORDER BY id").raw().all() as [number | bigint, string, number, string, string][];
    if (notes.length > limits.notes) throw new ImportError(`the package has ${notes.length.toLocaleString("en")} notes; at most ${limits.notes.toLocaleString("en")} can be imported at once`);
    const skipped = new SkipTally();
    const cards: ImportedCard[] = [];
    const guids = new Map<string, string>();
    const images = new Set<string>();
    for (const [id, guid, mid, tags, flds] of notes) {
      const where = `note ${id}`;
      const notetype = notetypes.get(Number(mid));
      const fieldsAt = notetype ? basicFields(notetype) : null;
      if (!notetype || !fieldsAt) {
        skipped.add(notetype ? `note type "${notetype.name}" (only Basic-type notes, with a front and a back, become cards)` : "a note with no note type", where);
        continue;
      }
      if (guids.has(guid)) throw new ImportError(`its id "${guid}" is also ${guids.get(guid)}'s: each note needs its own`, where);
      guids.set(guid, where);
      const fields = flds.split("\u001f");
      const [frontHtml, backHtml] = [fields[fieldsAt[0]] ?? "", fields[fieldsAt[1]] ?? ""];
      const front = convert.html(frontHtml);
      if (!front.markdown) {
        skipped.add("an empty front", where);
        continue;
      }
      const back = convert.html(backHtml);
      if (front.markdown.length > limits.fieldChars || back.markdown.length > limits.fieldChars) throw new ImportError(`a field is longer than ${limits.fieldChars.toLocaleString("en")} characters`, where);
      for (const name of [...imageNames(frontHtml), ...imageNames(backHtml)]) images.add(name);
      cards.push({ front: front.markdown, back: back.markdown, frontHtml: front.html, backHtml: back.html, tags: tags.split(/\s+/).filter(Boolean), origin: where, sourceId: guid });
    }

    const mediaMap = readMediaMap(entries, version, budget);
    const media: ImportedMedia[] = [];
    for (const name of images) {
      const entry = mediaMap.get(name);
      const stored = entry === undefined ? undefined : entries.get(entry);
      // An image the package doesn't hold: the import plan shows its name instead, and counts it.
      if (!stored) continue;
      const bytes = version === 3 ? unzstd(stored, `entry "${entry}"`, budget) : stored;
      const contentType = imageType(name, bytes);
      if (!contentType) {
        skipped.add(NOT_AN_IMAGE, `image "${name}"`);
        continue;
      }
      media.push({ name, contentType, bytes });
    }
    return { title: deckTitle(readDeckName(db)), cards, media, skipped: skipped.list() };
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`the collection can't be read (${(error as Error).message})`, `entry "${file}"`);
  } finally {
    db.close();
  }
}
