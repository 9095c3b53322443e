/**
 * Which reader an upload goes to, from its name and, for a zip, the names inside it (nothing is inflated):
 * an Anki package holds a collection, our Markdown deck a catalog.yml. Pure.
 */
import { unzipSync } from "fflate";
import { ImportError } from "./errors";
import type { ImportKind } from "./types";
import { isZip } from "./zip";

export const ACCEPTED_FILES = ".apkg,.colpkg,.txt,.csv,.tsv,.md,.markdown,.zip";

const WHAT_WE_READ = "Upload an Anki package (.apkg), an Anki text export (.txt or .csv) or a deck in this app's Markdown format (.md, or a .zip exported from /decks).";

function entryNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    // A damaged zip: the reader it goes to says where.
  }
  return names;
}

export function importKind(fileName: string, bytes: Uint8Array): ImportKind {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";
  if (isZip(bytes)) {
    const names = entryNames(bytes);
    if (names.includes("catalog.yml")) return "markdown";
    if (names.some((name) => name === "meta" || name.startsWith("collection.anki")) || extension === "apkg" || extension === "colpkg") return "apkg";
    throw new ImportError(`this zip is neither an Anki package (it has no collection) nor a Markdown deck (it has no catalog.yml). ${WHAT_WE_READ}`, `file "${fileName}"`);
  }
  if (extension === "apkg" || extension === "colpkg") return "apkg";
  if (extension === "md" || extension === "markdown") return "markdown";
  if (extension === "txt" || extension === "csv" || extension === "tsv") return "anki-text";
  throw new ImportError(`files of this kind can't be imported. ${WHAT_WE_READ}`, `file "${fileName}"`);
}
