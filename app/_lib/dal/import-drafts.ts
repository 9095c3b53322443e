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
const FOLDER = join(tmpdir(), "dva-study-import-drafts");
// Ids are generated (a cuid, 24 hex digits) and checked here too: a file name never comes from a request as is.
const SAFE = /^[A-Za-z0-9_-]{1,64}$/;
const fileOf = (userId: string, deckId: string) => join(FOLDER, `${userId}--${deckId}.json`);

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

/** Media bytes travel as base64 in the file. */
const encode = (draft: ImportDraft) =>
  JSON.stringify(draft, (key, value: unknown) => (key === "bytes" && value instanceof Uint8Array ? { base64: Buffer.from(value).toString("base64") } : value));
const decode = (text: string) =>
  JSON.parse(text, (key, value: unknown) => (key === "bytes" && value && typeof value === "object" && "base64" in value ? new Uint8Array(Buffer.from(String(value.base64), "base64")) : value)) as ImportDraft;

/** Keeps a member's latest upload (an earlier one of theirs is dropped: its preview says to upload again). */
export async function keepDraft(draft: ImportDraft) {
  if (!SAFE.test(draft.userId) || !SAFE.test(draft.deckId)) throw new Error("unexpected draft id");
  await mkdir(FOLDER, { recursive: true, mode: 0o700 });
  await sweep(draft.createdAt);
  const mine = (await readdir(FOLDER)).filter((name) => name.startsWith(`${draft.userId}--`));
  await Promise.all(mine.map((name) => rm(join(FOLDER, name), { force: true })));
  await writeFile(fileOf(draft.userId, draft.deckId), encode(draft), { mode: 0o600 });
}

/** The member's draft with this id, or null (another member's, expired, committed, or never made). */
export async function draftOf(userId: string, deckId: string, nowMs: number): Promise<ImportDraft | null> {
  if (!SAFE.test(userId) || !SAFE.test(deckId)) return null;
  const text = await readFile(fileOf(userId, deckId), "utf8").catch(() => null);
  if (text === null) return null;
  const draft = decode(text);
  return nowMs - draft.createdAt > DRAFT_MS ? null : draft;
}

export async function dropDraft(userId: string, deckId: string) {
  if (SAFE.test(userId) && SAFE.test(deckId)) await rm(fileOf(userId, deckId), { force: true });
}
