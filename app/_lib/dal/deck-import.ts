import "server-only";
/**
 * Importing a deck, as a member does it: upload a file (read in a process of its own into a draft, nothing
 * written), look at the preview, then commit (one transaction) or discard. Drafts are the member's own.
 */
import { randomBytes } from "node:crypto";
import type { ExamDomain } from "@/app/_lib/content/schema";
import { getDb } from "@/app/_lib/db";
import { ImportError } from "@/app/_lib/import/errors";
import { importKind } from "@/app/_lib/import/import-kind";
import { readInChild } from "@/app/_lib/import/read-in-child";
import { commitImport } from "./deck-import-store";
import { draftOf, draftPreviewOf, dropDraft, keepDraft, type DraftPreview, type ImportDraft } from "./import-drafts";

/** Files one server process reads at once: each read takes a core for seconds. */
const READS_AT_ONCE = 2;
const registry = globalThis as unknown as { importReads?: { running: number } };
const reads = (registry.importReads ??= { running: 0 });

export class ImportBusy extends Error {
  constructor() {
    super("Other members' files are being read right now. Try again in a minute.");
  }
}

/** A draft that only says why an upload was refused before it was read (no file, too large). */
export async function refusedUpload(userId: string, fileName: string, problem: string, now: Date): Promise<ImportDraft> {
  const draft: ImportDraft = { deckId: randomBytes(12).toString("hex"), userId, fileName, createdAt: now.getTime(), outcome: { refused: { problem, where: null, message: problem } } };
  await keepDraft(draft);
  return draft;
}

/** Reads an upload into the member's draft (its preview), or a draft saying why the file can't be imported. */
export async function readUpload(userId: string, file: { name: string; bytes: Uint8Array }, domain: ExamDomain, now: Date): Promise<ImportDraft> {
  if (reads.running >= READS_AT_ONCE) throw new ImportBusy();
  reads.running += 1;
  const deckId = randomBytes(12).toString("hex");
  let outcome: ImportDraft["outcome"];
  try {
    const kind = importKind(file.name, file.bytes);
    outcome = { kind, plan: await readInChild({ kind, deckId, domain, fileName: file.name }, file.bytes) };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    outcome = { refused: { problem: error.problem, where: error.where, message: error.message } };
  } finally {
    reads.running -= 1;
  }
  const draft: ImportDraft = { deckId, userId, fileName: file.name, createdAt: now.getTime(), outcome };
  await keepDraft(draft);
  return draft;
}

/** The member's draft as its preview page shows it; null when it is gone (expired, imported, or not theirs). */
export function importPreview(userId: string, draftId: string, now: Date): Promise<DraftPreview | null> {
  return draftPreviewOf(userId, draftId, now.getTime());
}

/** Writes the member's draft as their new deck: its id, or null when the draft is gone or was refused. */
export async function commitDraft(userId: string, draftId: string, input: { title: string; description: string }, now: Date): Promise<string | null> {
  const draft = await draftOf(userId, draftId, now.getTime());
  const db = await getDb();
  // A second click arrives after the first wrote the deck and dropped the draft: it goes to that deck.
  if (!draft) return (await db.deck.findFirst({ where: { id: draftId, ownerId: userId, retiredAt: null }, select: { id: true } }))?.id ?? null;
  if (!("plan" in draft.outcome)) return null;
  const id = await commitImport(db, userId, { deckId: draft.deckId, source: draft.outcome.kind, plan: draft.outcome.plan }, input, now);
  if (id) await dropDraft(userId, draftId);
  return id;
}

export { dropDraft as discardDraft };
