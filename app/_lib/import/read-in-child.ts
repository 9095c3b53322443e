import "server-only";
/**
 * Runs an import reader in its own process (app/_scripts/read-import.ts), so a large file never blocks other
 * members' requests, and a reader that runs away is killed after a time limit. It replies with the import plan:
 * the rows the new deck will have, rendered and checked.
 */
import { startScript } from "@/app/_lib/run-script";
import type { ExamDomain } from "@/app/_lib/content/schema";
import { z } from "zod";
import { ImportError } from "./errors";
import type { CardRow, ImportPlan, QuestionRow } from "./import-plan";
import { mediaFromText, type ImportKind } from "./types";

const READ_TIMEOUT_MS = 60_000;

// The child is this app's own code: its rows are checked for shape, not re-validated field by field.
const row = <T>() => z.custom<T>((value) => typeof value === "object" && value !== null && typeof (value as { id?: unknown }).id === "string");
const replySchema = z.union([
  z.object({
    plan: z.object({
      title: z.string(),
      topics: z.array(z.object({ slug: z.string(), title: z.string(), summary: z.string() })),
      sections: z.array(z.object({ slug: z.string(), title: z.string(), source: z.string() })),
      cards: z.array(row<CardRow>()),
      questions: z.array(row<QuestionRow>()),
      media: z.array(z.object({ name: z.string(), contentType: z.string(), base64: z.string() })),
      skipped: z.array(z.object({ reason: z.string(), count: z.number().int(), first: z.string() })),
    }),
  }),
  z.object({ refused: z.object({ problem: z.string(), where: z.string().nullable() }) }),
]);

export interface ReadRequest {
  kind: ImportKind;
  deckId: string;
  /** For cards whose file has no exam domain (Anki's). */
  domain: ExamDomain;
  fileName: string;
}

/** The deck a file will become, or an ImportError saying why not (naming the line, note or entry). */
export function readInChild({ kind, deckId, domain, fileName }: ReadRequest, bytes: Uint8Array): Promise<ImportPlan> {
  return new Promise((resolve, reject) => {
    const child = startScript("read-import.ts", [kind, deckId, domain, fileName], READ_TIMEOUT_MS);
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
      const { plan } = reply;
      resolve({ ...plan, media: mediaFromText(plan.media) });
    });
    child.stdin.on("error", () => {}); // the child may stop reading early (a refused file); its reply says why
    child.stdin.end(bytes);
  });
}
