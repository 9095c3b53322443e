/**
 * The schema of every JSON text column, in one place: what the app writes, checked with zod when it is read
 * back (a row that doesn't match fails loudly, naming the column, instead of flowing on as a wrong type).
 */
import { z } from "zod";
import type { StoredState } from "@/app/_lib/srs/grade";
import type { Evaluation } from "@/app/_lib/srs/evaluate";
import { parseJson } from "./typed-sql";

/** QuizAttempt.topics, QuizAnswer.optionOrder and QuizAnswer.selected: lists of slugs or option keys. */
export const keyList = z.array(z.string());

/** Question.options as the seed writes them. */
export const storedOptions = z.array(z.object({ key: z.string(), textHtml: z.string(), correct: z.boolean(), explanationHtml: z.string() }));

/** Card.docs and Question.docs. */
export const docList = z.array(z.string());

/** Card.correction and Question.correction. */
export const storedCorrection = z.object({ guide: z.string(), note: z.string(), source: z.string(), noteHtml: z.string() });

const isoDate = z.iso.datetime({ offset: true }).transform((text) => new Date(text));

/** ReviewLog.before and ReviewLog.after: the item's whole state, dates as ISO text. */
export const storedState = z.object({
  repetitions: z.number().int(),
  easeFactor: z.number(),
  interval: z.number().int(),
  dueAt: isoDate.nullable(),
  lapses: z.number().int(),
  suspended: z.boolean(),
  leech: z.boolean(),
  redrillDay: z.string().nullable(),
  // Logged before burying existed: never buried.
  buriedDay: z.string().nullable().default(null),
  version: z.number().int(),
  firstReviewedAt: isoDate.nullable(),
  lastReviewedAt: isoDate.nullable(),
  // Logged before FSRS existed: no memory state.
  stability: z.number().nullable().default(null),
  difficulty: z.number().nullable().default(null),
}) satisfies z.ZodType<StoredState, unknown>;

/** User.fsrsParameters: FSRS-6's 21 weights, as the optimizer fitted them. */
export const fsrsParameters = z.array(z.number().refine(Number.isFinite)).length(21);

const metrics = z.object({ logLoss: z.number(), rmseBins: z.number() });

/** srs/evaluate.ts's Evaluation. */
export const evaluation = z.object({ predicted: z.number().int(), sm2: metrics, fsrsDefault: metrics, fsrsFitted: metrics.nullable() }) satisfies z.ZodType<Evaluation, unknown>;

/**
 * User.fsrsEvaluation: the last evaluation, on how many reviews, how many of them could train FSRS (fitting needs
 * MIN_TRAINING_REVIEWS), and when.
 */
export const storedEvaluation = evaluation.extend({ reviews: z.number().int(), trainingReviews: z.number().int(), at: z.iso.datetime() });
export type StoredEvaluation = z.infer<typeof storedEvaluation>;

export const readStoredEvaluation = (text: string, column: string): StoredEvaluation => parseJson(storedEvaluation, text, column);
export const readParameters = (text: string, column: string): number[] => parseJson(fsrsParameters, text, column);
export const readKeyList = (text: string, column: string) => parseJson(keyList, text, column);
export const readState = (text: string, column: string): StoredState => parseJson(storedState, text, column);
