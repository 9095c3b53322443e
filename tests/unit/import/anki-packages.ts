/**
 * Anki packages built in code for the import tests: a collection made with better-sqlite3 (the tables and
 * columns the importer reads, in schema 11 or 18 form), zipped with fflate, with the `meta` entry and the
 * zstd compression of the current format. zstd here is "stored": frames of raw blocks, which any zstd reader
 * (fzstd included) decodes; no compressor is needed to make valid input.
 */
import Database from "better-sqlite3";
import { zipSync, type Zippable } from "fflate";

// ── protobuf, the few wire types the package uses ─────────────────────────────────────────────
function varint(value: number): number[] {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return out;
}
export const pbVarint = (field: number, value: number) => [...varint(field * 8), ...varint(value)];
export const pbBytes = (field: number, bytes: Uint8Array | number[]) => [...varint(field * 8 + 2), ...varint(bytes.length), ...bytes];
export const pbText = (field: number, text: string) => pbBytes(field, [...new TextEncoder().encode(text)]);

// ── zstd, stored ─────────────────────────────────────────────────────────────────────────────
const MAX_BLOCK = 128 * 1024;
export function zstdStored(data: Uint8Array): Uint8Array {
  const out: number[] = [0x28, 0xb5, 0x2f, 0xfd]; // magic, little-endian
  out.push(0xa0); // single segment, 4-byte content size, no checksum, no dictionary
  out.push(data.length & 0xff, (data.length >>> 8) & 0xff, (data.length >>> 16) & 0xff, (data.length >>> 24) & 0xff);
  let offset = 0;
  do {
    const size = Math.min(MAX_BLOCK, data.length - offset);
    const last = offset + size >= data.length ? 1 : 0;
    const header = last | (0 << 1) | (size << 3); // raw block
    out.push(header & 0xff, (header >>> 8) & 0xff, (header >>> 16) & 0xff);
    for (let i = 0; i < size; i++) out.push(data[offset + i]!);
    offset += size;
  } while (offset < data.length);
  return Uint8Array.from(out);
}

// ── collections ──────────────────────────────────────────────────────────────────────────────
export interface FixtureNotetype {
  id: number;
  name: string;
  cloze?: boolean;
  fields: string[];
}
export interface FixtureNote {
  id: number;
  guid: string;
  mid: number;
  fields: string[];
  tags?: string;
  deck?: number;
}
export interface FixtureCollection {
  notetypes: FixtureNotetype[];
  notes: FixtureNote[];
  decks?: { id: number; name: string }[];
}

export const BASIC: FixtureNotetype = { id: 1001, name: "Basic", fields: ["Front", "Back"] };
export const CLOZE: FixtureNotetype = { id: 1002, name: "Cloze", cloze: true, fields: ["Text", "Back Extra"] };

/** A collection's SQLite file: schema 11 keeps note types and decks as JSON in `col`, schema 18 in tables. */
export function collectionFile(schema: 11 | 18, collection: FixtureCollection): Uint8Array {
  const db = new Database(":memory:");
  db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, guid TEXT NOT NULL, mid INTEGER NOT NULL, mod INTEGER NOT NULL DEFAULT 0, usn INTEGER NOT NULL DEFAULT 0, tags TEXT NOT NULL, flds TEXT NOT NULL, sfld TEXT NOT NULL DEFAULT '', csum INTEGER NOT NULL DEFAULT 0, flags INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL DEFAULT '')");
  db.exec("CREATE TABLE cards (id INTEGER PRIMARY KEY, nid INTEGER NOT NULL, did INTEGER NOT NULL, ord INTEGER NOT NULL DEFAULT 0)");
  const decks = collection.decks ?? [{ id: 1, name: "Default" }];
  if (schema === 11) {
    db.exec("CREATE TABLE col (id INTEGER PRIMARY KEY, ver INTEGER NOT NULL, models TEXT NOT NULL, decks TEXT NOT NULL)");
    const models = Object.fromEntries(
      collection.notetypes.map((nt) => [String(nt.id), { id: nt.id, name: nt.name, type: nt.cloze ? 1 : 0, flds: nt.fields.map((name, ord) => ({ name, ord })) }]),
    );
    db.prepare("INSERT INTO col VALUES (1, 11, ?, ?)").run(JSON.stringify(models), JSON.stringify(Object.fromEntries(decks.map((d) => [String(d.id), { id: d.id, name: d.name }]))));
  } else {
    db.exec("CREATE TABLE notetypes (id INTEGER PRIMARY KEY, name TEXT NOT NULL, mtime_secs INTEGER NOT NULL DEFAULT 0, usn INTEGER NOT NULL DEFAULT 0, config BLOB NOT NULL)");
    db.exec("CREATE TABLE fields (ntid INTEGER NOT NULL, ord INTEGER NOT NULL, name TEXT NOT NULL, config BLOB NOT NULL DEFAULT x'', PRIMARY KEY (ntid, ord))");
    db.exec("CREATE TABLE decks (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
    for (const nt of collection.notetypes) {
      // Notetype.Config: kind (field 1) is left out when normal, as proto3 leaves out defaults; css is field 3.
      db.prepare("INSERT INTO notetypes (id, name, config) VALUES (?, ?, ?)").run(nt.id, nt.name, Buffer.from([...(nt.cloze ? pbVarint(1, 1) : []), ...pbText(3, ".card {}")]));
      nt.fields.forEach((name, ord) => db.prepare("INSERT INTO fields (ntid, ord, name) VALUES (?, ?, ?)").run(nt.id, ord, name));
    }
    for (const deck of decks) db.prepare("INSERT INTO decks VALUES (?, ?)").run(deck.id, deck.name.replaceAll("::", "\u001f"));
  }
  for (const note of collection.notes) {
    db.prepare("INSERT INTO notes (id, guid, mid, tags, flds) VALUES (?, ?, ?, ?, ?)").run(note.id, note.guid, note.mid, note.tags ?? "", note.fields.join("\u001f"));
    db.prepare("INSERT INTO cards (id, nid, did) VALUES (?, ?, ?)").run(note.id + 1, note.id, note.deck ?? decks[0]!.id);
  }
  const file = db.serialize();
  db.close();
  return new Uint8Array(file);
}

/** The placeholder collection current Anki puts beside the real one, for older versions to show. */
export const placeholderCollection = () =>
  collectionFile(11, { notetypes: [BASIC], notes: [{ id: 1, guid: "placeholder", mid: BASIC.id, fields: ["Please update to the latest Anki version, then import the .colpkg/.apkg file again.", ""] }] });

/** A 1×1 PNG's first bytes (the importer checks the signature, not the picture). */
export const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

export type PackageFormat = "anki2" | "anki21" | "anki21b";

/**
 * An .apkg of the given format: "anki2" (schema 11, no meta), "anki21" (schema 11 in collection.anki21 beside
 * an old collection.anki2, no meta: Anki 2.1 before 2.1.50), "anki21b" (meta version 3, schema 18, zstd, with
 * the placeholder collection.anki2).
 */
export function apkg(format: PackageFormat, collection: FixtureCollection, media: Record<string, Uint8Array> = {}, extra: Zippable = {}): Uint8Array {
  const names = Object.keys(media);
  const files: Zippable = {};
  if (format === "anki21b") {
    files["meta"] = Uint8Array.from(pbVarint(1, 3));
    files["collection.anki21b"] = zstdStored(collectionFile(18, collection));
    files["collection.anki2"] = placeholderCollection();
    const entries = names.flatMap((name) => pbBytes(1, [...pbText(1, name), ...pbVarint(2, media[name]!.length)]));
    files["media"] = zstdStored(Uint8Array.from(entries));
    names.forEach((name, i) => (files[String(i)] = zstdStored(media[name]!)));
  } else {
    files[format === "anki21" ? "collection.anki21" : "collection.anki2"] = collectionFile(11, collection);
    if (format === "anki21") files["collection.anki2"] = placeholderCollection();
    files["media"] = new TextEncoder().encode(JSON.stringify(Object.fromEntries(names.map((name, i) => [String(i), name]))));
    names.forEach((name, i) => (files[String(i)] = media[name]!));
  }
  return zipSync({ ...files, ...extra });
}
