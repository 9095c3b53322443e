/**
 * Where a member's deck keeps its items: topic, section and item ids are global keys, so each deck's are
 * prefixed with its id (two decks may both call a topic "lambda"). The deck's own topic and section are
 * `d-<deck>` and `deck-<deck>` ("deck" and "deck-notes" in an export); a Markdown upload's other topics and sections hang below them. An export
 * takes the prefixes off again, so an exported deck reads back (and exports) as the same files. Pure.
 */

/** A deck's own topic and section: every app-written card hangs on them. */
export const deckTopic = (deckId: string) => `d-${deckId}`;
export const deckSection = (deckId: string) => `deck-${deckId}`;

/** The slugs an export writes for a deck's own topic and section (one namespace holds both in a catalog). */
export const OWN = { topic: "deck", section: "deck-notes" } as const;

/** An export writes this tag on an item that has none (the format needs one); reading it back drops it. */
export const UNTAGGED = "untagged";

/** A file's topic, section or item slug as the database keeps it inside the deck. */
export const inDeck = {
  topic: (deckId: string, slug: string) => (slug === OWN.topic ? deckTopic(deckId) : `${deckTopic(deckId)}-${slug}`),
  section: (deckId: string, slug: string) => (slug === OWN.section ? deckSection(deckId) : `${deckSection(deckId)}-${slug}`),
  item: (deckId: string, id: string) => `${deckId}-${id}`,
};

const without = (prefix: string, ownSlug: string, slug: string) => (slug === prefix ? ownSlug : slug.startsWith(`${prefix}-`) ? slug.slice(prefix.length + 1) : slug);

/** A stored slug as a file writes it: the deck's prefix taken off (the bundled deck's slugs have none). */
export const outOfDeck = {
  topic: (deckId: string, slug: string) => without(deckTopic(deckId), OWN.topic, slug),
  section: (deckId: string, slug: string) => without(deckSection(deckId), OWN.section, slug),
  item: (deckId: string, id: string) => (id.startsWith(`${deckId}-`) ? id.slice(deckId.length + 1) : id),
};

/** Where a deck's images are served from: `mediaPrefix(deck)` and the name, encoded. */
export const mediaPrefix = (deckId: string) => `/api/decks/${deckId}/media/`;
export const mediaUrl = (deckId: string, name: string) => `${mediaPrefix(deckId)}${encodeURIComponent(name)}`;
