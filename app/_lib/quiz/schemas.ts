import { z } from "zod";
import { EXAM_DOMAINS, type ExamDomain } from "@/app/_lib/content/schema";
import { deckListSchema } from "@/app/_lib/decks/choice";

const slug = z.string().regex(/^[a-z0-9-]{1,64}$/);
const optionKey = z.string().regex(/^[A-Z]$/, { error: "Options are letters." });
const position = z.number().int().min(0).max(999);
const selected = z.array(optionKey).max(10);

export const attemptIdSchema = z.string().regex(/^[a-z0-9]{10,40}$/);

/** The exam sizes offered; "all" is the whole bank for the chosen topics. Each at the real pace. */
export const EXAM_PRESETS = ["20", "40", "65", "all", "custom"] as const;

const count = (max: number) =>
  z.coerce
    .number({ error: "Enter a number of questions." })
    .int({ error: "Enter a whole number." })
    .min(1, { error: "Ask for at least one question." })
    .max(max, { error: `At most ${max} questions.` });

const topics = z.array(slug).min(1, { error: "Choose at least one topic." }).max(20);
const startToken = z.string().regex(/^[A-Za-z0-9-]{16,64}$/);

/** Practice can keep to one exam domain (the plan's "work on Security today"). */
const domain = z.enum(Object.keys(EXAM_DOMAINS) as [ExamDomain, ...ExamDomain[]], { error: "Choose an exam domain from the list." }).optional();

/** The decks picked on /quiz (hidden fields of both forms); none for every deck the member sees. */
const decks = deckListSchema.default([]);

export const startPracticeSchema = z.object({ topics, count: count(200), startToken, domain, decks });

export const startExamSchema = z
  .object({
    topics,
    size: z.enum(EXAM_PRESETS, { error: "Choose a size." }),
    count: z.string().optional(),
    minutes: z.string().optional(),
    startToken,
    decks,
  })
  .transform((form, context) => {
    if (form.size !== "custom") return { ...form, count: form.size === "all" ? Infinity : Number(form.size), minutes: null };
    const parsedCount = count(200).safeParse(form.count);
    const parsedMinutes = z.coerce
      .number({ error: "Enter the minutes allowed." })
      .int({ error: "Enter whole minutes." })
      .min(1, { error: "Allow at least 1 minute." })
      .max(400, { error: "At most 400 minutes." })
      .safeParse(form.minutes);
    if (!parsedCount.success) context.addIssue({ code: "custom", path: ["count"], message: parsedCount.error.issues[0]!.message });
    if (!parsedMinutes.success) context.addIssue({ code: "custom", path: ["minutes"], message: parsedMinutes.error.issues[0]!.message });
    return { ...form, count: parsedCount.data ?? 1, minutes: parsedMinutes.data ?? null };
  });

export const saveAnswerSchema = z
  .object({ position, selected: selected.optional(), flagged: z.boolean().optional(), struck: selected.optional(), at: position.optional() })
  .refine((body) => body.selected !== undefined || body.flagged !== undefined || body.struck !== undefined || body.at !== undefined, {
    error: "Nothing to save.",
  });

export const checkAnswerSchema = z.object({ position, selected: selected.min(1, { error: "Choose an answer first." }) });

// Nothing to send: anything else in the body is a malformed request, not a submission.
export const submitSchema = z.strictObject({});
