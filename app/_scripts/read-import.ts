/**
 * Reads an uploaded deck file in a process of its own (started by app/_lib/import/read-in-child.ts): converting
 * and rendering ten thousand notes is seconds of JavaScript that would stall every other member's requests in
 * the server. The file's bytes come on stdin; the arguments are its kind ("anki-text", "apkg" or "markdown"),
 * the new deck's id, the exam domain for cards whose file has none, and the file's name. One JSON line goes to
 * stdout: {"plan": …} (import-plan.ts) with media bytes in base64, or {"refused": {"problem", "where"}}.
 */
import { buffer } from "node:stream/consumers";
import type { ExamDomain } from "../_lib/content/schema";
import { parseAnkiText } from "../_lib/import/anki-text";
import { readApkg } from "../_lib/import/apkg";
import { ImportError } from "../_lib/import/errors";
import { ankiPlan, markdownPlan, type ImportPlan } from "../_lib/import/import-plan";
import { readMarkdownDeck } from "../_lib/import/markdown-deck";

const send = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);

function plan(kind: string, bytes: Uint8Array, deckId: string, domain: ExamDomain, fileName: string): ImportPlan {
  if (kind === "markdown") return markdownPlan(readMarkdownDeck(bytes, fileName), deckId, fileName);
  if (kind === "apkg") return ankiPlan(readApkg(bytes), deckId, domain, fileName);
  if (kind === "anki-text") return ankiPlan(parseAnkiText(new TextDecoder("utf-8").decode(bytes)), deckId, domain, fileName);
  throw new Error(`unknown kind of file: ${kind}`);
}

try {
  const bytes = new Uint8Array(await buffer(process.stdin));
  const [kind = "", deckId = "", domain = "", fileName = ""] = process.argv.slice(2);
  const result = plan(kind, bytes, deckId, domain as ExamDomain, fileName);
  send({ plan: { ...result, media: result.media.map(({ bytes: data, ...media }) => ({ ...media, base64: Buffer.from(data).toString("base64") })) } });
} catch (error) {
  if (error instanceof ImportError) send({ refused: { problem: error.problem, where: error.where } });
  else send({ refused: { problem: `the file could not be read (${error instanceof Error ? error.message : String(error)})`, where: null } });
  process.exitCode = 1;
}
