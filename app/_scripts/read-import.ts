/**
 * Reads an uploaded deck file in a process of its own (started by app/_lib/import/read-in-child.ts): converting
 * and rendering ten thousand notes is seconds of JavaScript that would stall every other member's requests in
 * the server. The file's bytes come on stdin; the arguments are its kind ("anki-text", "apkg" or "markdown"),
 * the new deck's id, the exam domain for cards whose file has none, and the file's name. One JSON line goes to
 * stdout: {"plan": …} (import-plan.ts) with media bytes in base64, or {"refused": {"problem", "where"}}.
 *
 * An Anki file's fields (HTML → Markdown and HTML again: nearly all of the time) are converted in two worker
 * threads (read-import-part.ts), each taking every other field, which takes a 10,000-note file from 7 s to 6 on this machine's two cores.
 */
import { buffer } from "node:stream/consumers";
import { Worker } from "node:worker_threads";
import type { ExamDomain } from "../_lib/content/schema";
import { ImportError } from "../_lib/import/errors";
import { htmlField, textField, type FieldConverter, type ImportedField } from "../_lib/import/html-to-markdown";
import { ankiPlan, markdownPlan } from "../_lib/import/import-plan";
import { readMarkdownDeck } from "../_lib/import/markdown-deck";
import { readAnki, type AnkiKind } from "../_lib/import/read-anki";
import { mediaToText } from "../_lib/import/types";

const PARTS = 2;
const TSX_API = import.meta.resolve("tsx/esm/api");
const PART_SCRIPT = new URL("./read-import-part.ts", import.meta.url).href;
/** Below this size a file is read on one thread: starting the workers would cost more than they save. */
const PARALLEL_FROM_BYTES = 64 * 1024;

const send = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);

function convertedPart(kind: AnkiKind, bytes: Uint8Array, part: number): Promise<[string, ImportedField][]> {
  return new Promise((resolve, reject) => {
    // A worker doesn't inherit this process's --import tsx: it registers tsx itself, then loads the part.
    const start = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(PART_SCRIPT)}); })`;
    const worker = new Worker(start, { eval: true, workerData: { kind, bytes, part, parts: PARTS } });
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", () => resolve([])); // stopped without an answer: the main thread converts it all
  });
}

/** The fields converted in parallel; one the workers missed (their readings can part ways) is converted here. */
async function convertedFields(kind: AnkiKind, bytes: Uint8Array): Promise<FieldConverter> {
  const parts = await Promise.all(Array.from({ length: PARTS }, (_, part) => convertedPart(kind, bytes, part).catch(() => [])));
  const known = new Map(parts.flat());
  return { html: (field) => known.get(`h${field}`) ?? htmlField(field), text: (field) => known.get(`t${field}`) ?? textField(field) };
}

try {
  const bytes = new Uint8Array(await buffer(process.stdin));
  const [kind = "", deckId = "", domain = "", fileName = ""] = process.argv.slice(2);
  let plan;
  if (kind === "markdown") plan = markdownPlan(readMarkdownDeck(bytes, fileName), deckId, fileName);
  else if (kind === "apkg" || kind === "anki-text") {
    const convert = bytes.length >= PARALLEL_FROM_BYTES ? await convertedFields(kind, bytes) : undefined;
    const deckRead = readAnki(kind, bytes, convert);
    plan = ankiPlan(deckRead, deckId, domain as ExamDomain, fileName);
  } else throw new Error(`unknown kind of file: ${kind}`);
  send({ plan: { ...plan, media: mediaToText(plan.media) } });
} catch (error) {
  if (error instanceof ImportError) send({ refused: { problem: error.problem, where: error.where } });
  else send({ refused: { problem: `the file could not be read (${error instanceof Error ? error.message : String(error)})`, where: null } });
  process.exitCode = 1;
}
