/** An Anki file (text export or package) by its kind, with the fields converted as `convert` says. Pure. */
import { parseAnkiText } from "./anki-text";
import { readApkg } from "./apkg";
import type { FieldConverter } from "./html-to-markdown";
import { IMPORT_LIMITS } from "./limits";
import type { ImportedDeck, ImportKind } from "./types";

export type AnkiKind = Exclude<ImportKind, "markdown">;

export function readAnki(kind: AnkiKind, bytes: Uint8Array, convert?: FieldConverter): ImportedDeck {
  return kind === "apkg" ? readApkg(bytes, IMPORT_LIMITS, convert) : parseAnkiText(new TextDecoder("utf-8").decode(bytes), IMPORT_LIMITS, convert);
}
