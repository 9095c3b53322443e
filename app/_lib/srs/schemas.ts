import { z } from "zod";
import { addDays, canonicalTimeZone, isCalendarDay, isValidTimeZone } from "./study-day";
import { RETENTION_MAX, RETENTION_MIN } from "./fsrs-settings";
import { MAX_CRAM_DAYS } from "@/app/_lib/stats/exam-plan";
import { deckListSchema } from "@/app/_lib/decks/choice";

const itemKind = z.enum(["card", "question"], { error: "Unknown kind of study item." });
const itemId = z.string().min(1).max(200);
const requestId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, { error: "A request id is 8–64 letters, digits, dashes or underscores." });
const topic = z
  .string()
  .regex(/^[a-z0-9-]{1,64}$/)
  .optional();
/** Keys of the items whose text the client already holds, so the reply can skip them. */
const have = z.array(z.string().max(300)).max(100).default([]);

/** What the study screen sends with every request: which queue it is showing (a topic, or the decks picked). */
const view = { topic, decks: deckListSchema.optional(), have };

export const gradeRequestSchema = z.object({
  ...view,
  itemKind,
  itemId,
  // SM-2 members grade 0–5, FSRS members 1–4 (Again to Easy): the server checks which one the member uses.
  quality: z.literal([0, 1, 2, 3, 4, 5], { error: "Grades go from 0 to 5." }).optional(),
  rating: z.literal([1, 2, 3, 4], { error: "Ratings go from 1 (Again) to 4 (Easy)." }).optional(),
  requestId,
  expectedVersion: z.number().int().min(0),
  // Time on the card, capped: a tab left open overnight is not a 9-hour review.
  durationMs: z
    .number()
    .int()
    .min(0)
    .transform((ms) => Math.min(ms, 10 * 60_000)),
}).refine((grade) => (grade.quality === undefined) !== (grade.rating === undefined), { error: "Send a grade (0–5) or a rating (1–4), not both." });

export const undoRequestSchema = z.object({ ...view, requestId });

export const queueRequestSchema = z.object(view);

export const studyMoreRequestSchema = z.object({
  ...view,
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  extraNew: z.number().int().min(1).max(999),
});

export const suspendRequestSchema = z.object({ ...view, itemKind, itemId, suspended: z.boolean() });

export const buryRequestSchema = z.object({ ...view, itemKind, itemId, buried: z.boolean() });

export const studySettingsSchema = z.object({
  timeZone: z
    .string()
    .max(64)
    .refine(isValidTimeZone, { error: "Choose a time zone from the list." })
    .transform((zone) => canonicalTimeZone(zone)!),
  newPerDay: z.coerce
    .number({ error: "Enter a number." })
    .int({ error: "Enter a whole number." })
    .min(0, { error: "Use 0 or more." })
    .max(999, { error: "Use at most 999 new cards a day." }),
  reviewsPerDay: z.coerce
    .number({ error: "Enter a number." })
    .int({ error: "Enter a whole number." })
    .min(0, { error: "Use 0 or more." })
    .max(9999, { error: "Use at most 9,999 reviews a day." }),
  newCardOrder: z.enum(["mixed", "guide"], { error: "Choose topics in turn or the guide's order." }),
});

export type NewCardOrder = z.output<typeof studySettingsSchema>["newCardOrder"];

export const timeZoneSchema = z
  .string()
  .max(64)
  .refine(isValidTimeZone)
  .transform((zone) => canonicalTimeZone(zone)!);


export const schedulerSettingsSchema = z.object({
  scheduler: z.enum(["sm2", "fsrs"], { error: "Choose SM-2 or FSRS." }),
  // Asked as a percentage, kept as a probability.
  desiredRetention: z.coerce
    .number({ error: "Enter a percentage." })
    .min(RETENTION_MIN * 100, { error: `Use ${RETENTION_MIN * 100}% or more: lower, you would forget too much between reviews.` })
    .max(RETENTION_MAX * 100, { error: `Use at most ${RETENTION_MAX * 100}%: higher, reviews pile up for little gain.` })
    .transform((percent) => Math.round(percent * 10) / 1000),
});

/** Settings' optimize control: start a fit (a no-op while one runs), or just ask how it is going. */
export const optimizeRequestSchema = z.object({ start: z.boolean() });

/** The exam date form: a date from `today` (the member's calendar date) to two years on, or empty for none. */
export function examDateSchema(today: string) {
  const latest = addDays(today, 730);
  return z.object({
    cramDays: z.coerce
      .number({ error: "Enter a number of days." })
      .int({ error: "Enter whole days." })
      .min(0, { error: "Use 0 (the exam day only) or more." })
      .max(MAX_CRAM_DAYS, { error: `Use at most ${MAX_CRAM_DAYS} days.` }),
    examDate: z
      .string()
      .trim()
      .transform((text) => (text === "" ? null : text))
      .refine((date) => date === null || isCalendarDay(date), { error: "Enter a date, or leave it empty for none." })
      .refine((date) => date === null || !isCalendarDay(date) || date >= today, { error: "Choose today or a later date." })
      .refine((date) => date === null || !isCalendarDay(date) || date <= latest, { error: "Choose a date within two years." }),
  });
}
