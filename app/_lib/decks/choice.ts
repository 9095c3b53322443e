/**
 * Which decks a study session or a quiz draws from: `?deck=<id>` repeated in the address (the deck picker's GET
 * form), or a list in a request body. No choice means every deck the member sees. Ids the member can't see are
 * left out, counted but never named or told apart from ids that don't exist, so a link can't reveal that
 * another member's personal deck exists. Pure: what the member sees is passed in.
 */
import { z } from "zod";

/** A deck id as the address carries it: the bundled deck's "guide", a cuid, an import's id. */
export const deckRefSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** At most this many ids are read from one address or request: a group has a handful of decks. */
export const MAX_DECK_REFS = 100;

/** A request body's decks (the study screen's every request, a quiz's start form): a bad id refuses the request. */
export const deckListSchema = z.array(deckRefSchema).max(MAX_DECK_REFS);

/** `?deck=` as a page's searchParams give it (absent, once, or repeated), as text. */
const deckParamSchema = z.union([z.string(), z.array(z.string())]).optional();

export function requestedDecks(param: unknown): string[] {
  const parsed = deckParamSchema.safeParse(param);
  if (!parsed.success || parsed.data === undefined) return [];
  return (typeof parsed.data === "string" ? [parsed.data] : parsed.data).filter((id) => id !== "").slice(0, MAX_DECK_REFS);
}

export interface DeckChoice {
  /** The decks to use, in the order the member's decks are listed. */
  chosen: string[];
  /** True when that is every deck the member sees (then addresses and forms carry no deck at all). */
  all: boolean;
  /** How many asked-for ids were left out: malformed, unknown, or a deck the member can't see. */
  ignored: number;
}

/** The decks to use, from the ones the member sees (in their order) and the ones asked for. */
export function chooseDecks(visible: readonly string[], requested: readonly string[]): DeckChoice {
  const asked = new Set(requested);
  const chosen = visible.filter((id) => asked.has(id));
  const ignored = [...asked].filter((id) => !visible.includes(id)).length;
  // Nothing usable asked for: every deck, as with no choice at all (the note says what was left out).
  if (chosen.length === 0 || chosen.length === visible.length) return { chosen: [...visible], all: true, ignored };
  return { chosen, all: false, ignored };
}

/** The decks a request should be limited to: undefined for all of them. */
export const deckScope = (choice: DeckChoice): string[] | undefined => (choice.all ? undefined : choice.chosen);

/** `deck=a&deck=b`, for links that keep the choice; empty for all decks. */
export function deckQuery(decks: readonly string[] | undefined): string {
  return (decks ?? []).map((id) => `deck=${encodeURIComponent(id)}`).join("&");
}

/** What the page says about ids it left out, or null when there were none. */
export function ignoredDecksNote(ignored: number): string | null {
  if (ignored === 0) return null;
  return ignored === 1
    ? "One deck in the address is not one you can see, so it was left out."
    : `${ignored} decks in the address are not ones you can see, so they were left out.`;
}
