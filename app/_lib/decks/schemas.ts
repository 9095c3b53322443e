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

const markdown = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `Write the card's ${what}.` })
    .max(20_000, { error: `Keep the ${what} under 20,000 characters.` });

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

export const newCardSchema = z.object({
  id: itemId,
  deckId: deckIdSchema,
  front: markdown("front"),
  back: markdown("back"),
  domain: domainSchema,
  tags: tagsSchema,
});

export const previewSchema = z.string().max(20_000);
