/**
 * One part of an Anki import's field conversion, in a worker thread of read-import.ts: it reads the whole
 * file as the reader does, converts every `parts`-th field it meets and hands back what they became. Fields of
 * other parts get a stand-in (so the reader goes on); the main thread's reading then finds every field
 * converted. Errors are left to the main thread's reading, which reports them.
 */
import { parentPort, workerData } from "node:worker_threads";
import { readAnki, type AnkiKind } from "../_lib/import/read-anki";
import { htmlField, textField, type ImportedField } from "../_lib/import/html-to-markdown";

const { kind, bytes, part, parts } = workerData as { kind: AnkiKind; bytes: Uint8Array; part: number; parts: number };
const STAND_IN: ImportedField = { markdown: "·", html: "" };
const converted: [string, ImportedField][] = [];
let calls = 0;
const share = (prefix: string, convert: (field: string) => ImportedField) => (field: string) => {
  if (calls++ % parts !== part) return STAND_IN;
  const result = convert(field);
  converted.push([prefix + field, result]);
  return result;
};

try {
  readAnki(kind, bytes, { html: share("h", htmlField), text: share("t", textField) });
} catch {
  // The main thread reads the file again and says what is wrong with it.
}
parentPort!.postMessage(converted);
