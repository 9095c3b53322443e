import "server-only";
/**
 * Imports read but not yet written: the preview shows one, and "Import" writes it. They live in this process's
 * memory (on globalThis: Next bundles this module into more than one chunk), one per member, for an hour; a
 * restart loses them, and the member uploads the file again. Nothing of an import touches the database until
 * it is committed.
 */
import type { ImportPlan } from "@/app/_lib/import/import-plan";
import type { ImportKind } from "@/app/_lib/import/types";

export interface ImportDraft {
  /** The new deck's id, chosen at upload: the rows' slugs and media URLs already carry it. */
  deckId: string;
  userId: string;
  fileName: string;
  createdAt: number;
  outcome: { kind: ImportKind; plan: ImportPlan } | { refused: { problem: string; where: string | null; message: string } };
}

const DRAFT_MS = 60 * 60 * 1000;

const registry = globalThis as unknown as { importDrafts?: Map<string, ImportDraft> };
const drafts = (registry.importDrafts ??= new Map());

function sweep(nowMs: number) {
  for (const [id, draft] of drafts) if (nowMs - draft.createdAt > DRAFT_MS) drafts.delete(id);
}

/** Keeps a member's latest upload (an earlier one of theirs is dropped: its preview says to upload again). */
export function keepDraft(draft: ImportDraft) {
  sweep(draft.createdAt);
  for (const [id, other] of drafts) if (other.userId === draft.userId) drafts.delete(id);
  drafts.set(draft.deckId, draft);
}

/** The member's draft with this id, or null (another member's, expired, committed, or never made). */
export function draftOf(userId: string, deckId: string, nowMs: number): ImportDraft | null {
  sweep(nowMs);
  const draft = drafts.get(deckId);
  return draft && draft.userId === userId ? draft : null;
}

export function dropDraft(userId: string, deckId: string) {
  if (drafts.get(deckId)?.userId === userId) drafts.delete(deckId);
}
