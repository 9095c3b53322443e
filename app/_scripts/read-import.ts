/**
 * Reads an uploaded deck file in a process of its own (started by app/_lib/import/read-in-child.ts): converting
 * ten thousand notes is seconds of JavaScript that would stall every other member's requests in the server.
 * The file's bytes come on stdin, its kind as the one argument ("anki-text" or "apkg"); one JSON line goes to
 * stdout: {"deck": …} with media bytes in base64, or {"refused": {"problem", "where"}}.
 */
import { buffer } from "node:stream/consumers";
import { parseAnkiText } from "../_lib/import/anki-text";
import { readApkg } from "../_lib/import/apkg";
import { ImportError } from "../_lib/import/errors";

const send = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);

try {
  const bytes = new Uint8Array(await buffer(process.stdin));
  const kind = process.argv[2];
  if (kind !== "anki-text" && kind !== "apkg") throw new Error(`unknown kind of file: ${kind}`);
  const deck = kind === "apkg" ? readApkg(bytes) : parseAnkiText(new TextDecoder("utf-8").decode(bytes));
  send({ deck: { ...deck, media: deck.media.map(({ bytes: data, ...media }) => ({ ...media, base64: Buffer.from(data).toString("base64") })) } });
} catch (error) {
  if (error instanceof ImportError) send({ refused: { problem: error.problem, where: error.where } });
  else send({ refused: { problem: `the file could not be read (${error instanceof Error ? error.message : String(error)})`, where: null } });
  process.exitCode = 1;
}
