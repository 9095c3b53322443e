import { z } from "zod";
import { EXAM_DOMAINS, type ExamDomain } from "@/app/_lib/content/schema";

/** Deck forms: what a member types, checked with messages they can act on. */
export const deckIdSchema = z.string().regex(/^[a-z0-9]{8,40}$/, { error: "Unknown deck." });

/**
 * The id a form's new deck or card will have, chosen when the page renders: a double click or a retry sends
 * the same id again, and the second write finds the first instead of adding a copy.
 */
export const newItemId = () => Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, "0")).join("");
const itemId = z.string().regex(/^[0-9a-f]{24}$/, { error: "Reload the page and try again." });

export const newDeckSchema = z.object({
  id: itemId,
  title: z.string().trim().min(1, { error: "Give the deck a title." }).max(80, { error: "Keep the title under 80 characters." }),
  description: z.string().trim().max(300, { error: "Keep the description under 300 characters." }),
  shared: z.boolean(),
});

/** Markdown an author writes: `missing` names what to write ("the card's front"), `what` what to shorten. */
const markdown = (what: string, missing = `the card's ${what}`, max = 20_000) =>
  z
    .string()
    .trim()
    .min(1, { error: `Write ${missing}.` })
    .max(max, { error: `Keep the ${what} under ${max.toLocaleString("en-US")} characters.` });

export const domainSchema = z.enum(Object.keys(EXAM_DOMAINS) as [ExamDomain, ...ExamDomain[]], { error: "Choose an exam domain." });

/** Tags typed as words separated by spaces or commas, made into slugs ("Global Tables" is two tags). */
export const tagsSchema = z
  .string()
  .max(300, { error: "Keep the tags under 300 characters." })
  .transform((text) => [...new Set(text.split(/[\s,]+/).map(slugOf).filter(Boolean))].slice(0, 20));

/** Text as a slug (a tag, a file name): lowercase words and digits joined by dashes, Anki's "::" included. */
export function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/::/g, "-")
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
}

const cardFields = { front: markdown("front"), back: markdown("back"), domain: domainSchema, tags: tagsSchema };

export const newCardSchema = z.object({ id: itemId, deckId: deckIdSchema, ...cardFields });

export const previewSchema = z.string().max(20_000);

/**
 * An item of a deck, as its edit page's address names it: an app-written item's id is the deck's id and the id
 * its form chose; an imported one keeps its source's id. Only ever a lookup key, scoped to the author's deck.
 */
export const itemIdSchema = z.string().min(1, { error: "Unknown item." }).max(200, { error: "Unknown item." });

/** Editing a card: the same fields, for the row that already exists (its id, and so everyone's progress, kept). */
export const editCardSchema = z.object({ deckId: deckIdSchema, itemId: itemIdSchema, ...cardFields });

/** A question has 2–6 options, as the exam's have 4 or 5; each is explained, whether it is right or wrong. */
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 6;

const optionSchema = z.object({
  text: markdown("option", "the option's text", 2_000),
  explanation: markdown("explanation", "why this option is right or wrong", 5_000),
  correct: z.boolean(),
});

const optionsSchema = z
  .array(optionSchema)
  .min(MIN_OPTIONS, { error: "Give at least two options." })
  .max(MAX_OPTIONS, { error: "Give at most six options." })
  // Run even when an option's text is missing, so every problem shows at once (the options always hold a
  // boolean `correct`: the action builds them).
  .refine((options) => options.some((option) => option?.correct === true), { error: "Mark at least one option correct.", when: (payload) => Array.isArray(payload.value) })
  // (Too few options is its own message: one ticked option alone is not also "every option".)
  .refine((options) => options.length < MIN_OPTIONS || options.some((option) => option?.correct === false), {
    error: "Leave at least one option unmarked: a question whose every option is correct tests nothing.",
    when: (payload) => Array.isArray(payload.value),
  });

const questionFields = {
  // One of the deck's topics; the store checks it belongs to the deck.
  topic: z.string().trim().min(1, { error: "Choose a topic." }).max(200, { error: "Choose one of the deck's topics." }),
  stem: markdown("question", "the question"),
  options: optionsSchema,
  domain: domainSchema,
  tags: tagsSchema,
};

export const newQuestionSchema = z.object({ id: itemId, deckId: deckIdSchema, ...questionFields });
export const editQuestionSchema = z.object({ deckId: deckIdSchema, itemId: itemIdSchema, ...questionFields });
export type QuestionInput = z.infer<typeof newQuestionSchema>;

/** Retiring an item: which one. */
export const retireItemSchema = z.object({ deckId: deckIdSchema, itemId: itemIdSchema, kind: z.enum(["card", "question"], { error: "Unknown item." }) });
