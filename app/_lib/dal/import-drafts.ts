import "server-only";
/**
 * Imports read but not yet written: the preview shows one, and "Import" writes it. They are files in a private
 * folder of the machine's temporary directory, not memory: the server runs one process per core (serve.mjs),
 * and the upload, its preview and the Import click may each reach a different one. One per member, for an
 * hour; nothing of an import touches the database until it is committed.
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { previewOf, type ImportPlan, type PlanPreview } from "@/app/_lib/import/import-plan";
import { mediaFromText, mediaToText, type ImportedMedia, type ImportKind, type MediaAsText } from "@/app/_lib/import/types";

export interface ImportDraft {
  /** The new deck's id, chosen at upload: the rows' slugs and media URLs already carry it. */
  deckId: string;
  userId: string;
  fileName: string;
  createdAt: number;
  outcome: { kind: ImportKind; plan: ImportPlan } | { refused: { problem: string; where: string | null; message: string } };
}

/** What the preview page reads: the draft with its plan cut down to what the page shows. */
export type DraftPreview = Omit<ImportDraft, "outcome"> & { outcome: { kind: ImportKind; preview: PlanPreview } | Extract<ImportDraft["outcome"], { refused: unknown }> };

const DRAFT_MS = 60 * 60 * 1000;
/** How many cards and questions a preview shows. */
export const PREVIEW_ITEMS = 5;
const FOLDER = join(tmpdir(), "dva-study-import-drafts");
// Ids are generated (a cuid, 24 hex digits) and checked here too: a file name never comes from a request as is.
const SAFE = /^[A-Za-z0-9_-]{1,64}$/;
const fileOf = (userId: string, deckId: string, part: "draft" | "preview") => join(FOLDER, `${userId}--${deckId}.${part}.json`);

async function sweep(nowMs: number) {
  const names = await readdir(FOLDER).catch(() => [] as string[]);
  await Promise.all(
    names.map(async (name) => {
      const path = join(FOLDER, name);
      const { mtimeMs } = await stat(path).catch(() => ({ mtimeMs: nowMs }));
      if (nowMs - mtimeMs > DRAFT_MS) await rm(path, { force: true });
    }),
  );
}

// Images travel as base64 in the files; only their list is mapped (a replacer over every row would be slower).

function encode<T extends { outcome: object }>(draft: T, key: "plan" | "preview"): string {
  const outcome = draft.outcome as Record<string, { media: ImportedMedia[] }>;
  return JSON.stringify(key in outcome ? { ...draft, outcome: { ...outcome, [key]: { ...outcome[key]!, media: mediaToText(outcome[key]!.media) } } } : draft);
}

function decode<T>(text: string, key: "plan" | "preview"): T {
  const draft = JSON.parse(text) as { outcome: Record<string, { media: MediaAsText[] }> };
  const part = draft.outcome[key];
  return (part ? { ...draft, outcome: { ...draft.outcome, [key]: { ...part, media: mediaFromText(part.media) } } } : draft) as T;
}

async function readPart<T extends { createdAt: number }>(userId: string, deckId: string, part: "draft" | "preview", nowMs: number): Promise<T | null> {
  if (!SAFE.test(userId) || !SAFE.test(deckId)) return null;
  const text = await readFile(fileOf(userId, deckId, part), "utf8").catch(() => null);
  if (text === null) return null;
  const value = decode<T>(text, part === "draft" ? "plan" : "preview");
  return nowMs - value.createdAt > DRAFT_MS ? null : value;
}

/** Keeps a member's latest upload (an earlier one of theirs is dropped: its preview says to upload again). */
export async function keepDraft(draft: ImportDraft) {
  if (!SAFE.test(draft.userId) || !SAFE.test(draft.deckId)) throw new Error("unexpected draft id");
  await mkdir(FOLDER, { recursive: true, mode: 0o700 });
  await sweep(draft.createdAt);
  const mine = (await readdir(FOLDER)).filter((name) => name.startsWith(`${draft.userId}--`));
  await Promise.all(mine.map((name) => rm(join(FOLDER, name), { force: true })));
  const preview: DraftPreview = { ...draft, outcome: "plan" in draft.outcome ? { kind: draft.outcome.kind, preview: previewOf(draft.outcome.plan, PREVIEW_ITEMS) } : draft.outcome };
  // The preview first: the draft's file appearing is what makes it one (the page reads the preview).
  await writeFile(fileOf(draft.userId, draft.deckId, "preview"), encode(preview, "preview"), { mode: 0o600 });
  await writeFile(fileOf(draft.userId, draft.deckId, "draft"), encode(draft, "plan"), { mode: 0o600 });
}

/** The member's draft with this id, or null (another member's, expired, committed, or never made). */
export function draftOf(userId: string, deckId: string, nowMs: number): Promise<ImportDraft | null> {
  return readPart<ImportDraft>(userId, deckId, "draft", nowMs);
}

/** What the preview page shows of the member's draft (a few items, not ten thousand), or null as draftOf. */
export async function draftPreviewOf(userId: string, deckId: string, nowMs: number): Promise<DraftPreview | null> {
  if (!SAFE.test(userId) || !SAFE.test(deckId)) return null;
  // A draft committed or dropped loses its draft file first: its preview must not outlive it.
  if (!(await stat(fileOf(userId, deckId, "draft")).catch(() => null))) return null;
  return readPart<DraftPreview>(userId, deckId, "preview", nowMs);
}

export async function dropDraft(userId: string, deckId: string) {
  if (!SAFE.test(userId) || !SAFE.test(deckId)) return;
  await rm(fileOf(userId, deckId, "draft"), { force: true });
  await rm(fileOf(userId, deckId, "preview"), { force: true });
}
