import "server-only";
/**
 * Runs an import reader (anki-text.ts, apkg.ts) in its own process (app/_scripts/read-import.ts), so a large
 * file never blocks other members' requests, and a reader that runs away is killed after a time limit.
 */
import { startScript } from "@/app/_lib/run-script";
import { z } from "zod";
import { ImportError } from "./errors";
import type { ImportedDeck } from "./types";

export type ImportKind = "anki-text" | "apkg";

const READ_TIMEOUT_MS = 60_000;

const replySchema = z.union([
  z.object({
    deck: z.object({
      title: z.string().nullable(),
      cards: z.array(z.object({ front: z.string(), back: z.string(), tags: z.array(z.string()), origin: z.string(), sourceId: z.string().nullable() })),
      media: z.array(z.object({ name: z.string(), contentType: z.string(), base64: z.string() })),
      skipped: z.array(z.object({ reason: z.string(), count: z.number().int(), first: z.string() })),
    }),
  }),
  z.object({ refused: z.object({ problem: z.string(), where: z.string().nullable() }) }),
]);

/** The deck a file holds, or an ImportError saying why not (naming the line, note or entry). */
export function readInChild(kind: ImportKind, bytes: Uint8Array): Promise<ImportedDeck> {
  return new Promise((resolve, reject) => {
    const child = startScript("read-import.ts", [kind], READ_TIMEOUT_MS);
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      const line = Buffer.concat(chunks).toString("utf8").trim().split("\n").at(-1) ?? "";
      let reply: z.infer<typeof replySchema>;
      try {
        reply = replySchema.parse(JSON.parse(line));
      } catch {
        reject(new ImportError(signal === "SIGKILL" ? "reading the file took too long" : `the file could not be read (the reader stopped, exit ${code})`));
        return;
      }
      if ("refused" in reply) return reject(new ImportError(reply.refused.problem, reply.refused.where));
      const { deck } = reply;
      resolve({ ...deck, media: deck.media.map(({ base64, ...media }) => ({ ...media, bytes: new Uint8Array(Buffer.from(base64, "base64")) })) });
    });
    child.stdin.on("error", () => {}); // the child may stop reading early (a refused file); its reply says why
    child.stdin.end(bytes);
  });
}
