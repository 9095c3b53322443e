/**
 * The decks a member wrote, for their own data export: each deck's files in the app's Markdown format
 * (markdown-deck.ts, what /decks exports one deck as) under a folder of its own, named after its title, so a
 * member who leaves takes every deck in one zip and each folder imports back as one deck. Pure.
 */
import { slugOf } from "@/app/_lib/decks/schemas";
import { deckZipEntries, type DeckImage } from "./markdown-deck";

/** A folder name per deck title, unique within the export: "lambda", "lambda-2", and "deck" for an untitled one. */
export function deckFolders(titles: readonly string[]): string[] {
  const taken = new Set<string>();
  return titles.map((title) => {
    const base = slugOf(title) || "deck";
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
    taken.add(name);
    return name;
  });
}

/** Every deck's files and images under its folder, by path inside the zip. */
export function memberDecksArchive(decks: readonly { folder: string; files: Readonly<Record<string, string>>; images: readonly DeckImage[] }[]): Record<string, Uint8Array> {
  return Object.assign({}, ...decks.map((deck) => deckZipEntries(deck.files, deck.images, `${deck.folder}/`)));
}
