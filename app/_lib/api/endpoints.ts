/**
 * The JSON endpoints, one table for both sides: the route handlers parse each request with its schema and
 * must answer with its reply type, and the browser's request queue sends that request type and reads that
 * reply type, so neither side casts. Pure: schemas and types only, safe in client components.
 */
import type { z } from "zod";
import { checkAnswerSchema, saveAnswerSchema, submitSchema } from "@/app/_lib/quiz/schemas";
import type { ItemRef } from "@/app/_lib/srs/queue";
import { buryRequestSchema, gradeRequestSchema, queueRequestSchema, studyMoreRequestSchema, suspendRequestSchema, undoRequestSchema } from "@/app/_lib/srs/schemas";
import type { StudySnapshot } from "@/app/_lib/srs/session";
import type { SolutionView } from "@/app/_lib/dal/quiz";
import type { OptimizeStatus } from "@/app/_lib/dal/fsrs-optimizer";
import { optimizeRequestSchema } from "@/app/_lib/srs/schemas";

/** A reply type, named in the table without a value. */
const reply = <T>() => undefined as unknown as T;

/** Every study endpoint answers with the member's fresh queue, also when it refused the change. */
export interface StudyReply {
  snapshot: StudySnapshot;
}

export const ENDPOINTS = {
  "study/grade": { request: gradeRequestSchema, reply: reply<StudyReply>() },
  "study/undo": { request: undoRequestSchema, reply: reply<StudyReply & { item: ItemRef }>() },
  "study/suspend": { request: suspendRequestSchema, reply: reply<StudyReply>() },
  "study/bury": { request: buryRequestSchema, reply: reply<StudyReply>() },
  "study/more": { request: studyMoreRequestSchema, reply: reply<StudyReply>() },
  "study/queue": { request: queueRequestSchema, reply: reply<StudyReply>() },
  "fsrs/optimize": { request: optimizeRequestSchema, reply: reply<{ status: OptimizeStatus }>() },
  "quiz/answer": { request: saveAnswerSchema, reply: reply<{ savedAt: string; remainingMs: number | null }>() },
  "quiz/check": { request: checkAnswerSchema, reply: reply<{ solution: SolutionView; selected: string[]; finished: boolean }>() },
  "quiz/submit": { request: submitSchema, reply: reply<{ results: string }>() },
} as const;

export type Endpoint = keyof typeof ENDPOINTS;
/** What the browser sends. */
export type RequestOf<E extends Endpoint> = z.input<(typeof ENDPOINTS)[E]["request"]>;
/** What the handler gets, parsed. */
export type ParsedRequestOf<E extends Endpoint> = z.output<(typeof ENDPOINTS)[E]["request"]>;
/** What a success carries. */
export type ReplyOf<E extends Endpoint> = (typeof ENDPOINTS)[E]["reply"];
/** What any answer may carry: the reply's fields on success (and a study refusal's snapshot), `error` on a refusal. */
export type AnswerOf<E extends Endpoint> = Partial<ReplyOf<E>> & { error?: string; retryable?: boolean };

/** The URL of an endpoint; quiz endpoints live under their attempt. */
export function endpointUrl(endpoint: Endpoint, attemptId?: string): string {
  const [area, action] = endpoint.split("/");
  return area === "quiz" ? `/api/quiz/${attemptId}/${action}` : `/api/${endpoint}`;
}
