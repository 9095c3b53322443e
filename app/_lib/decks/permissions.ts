import { BUNDLED_DECK } from "@/app/_lib/content/bundled-deck";

/**
 * Who may remove a deck: its author; and the group's admin a deck shared with the group (it is in every
 * member's queue), never another member's personal deck. Nobody removes the bundled deck. The store decides
 * with this, reading the role in its transaction; pages use it only to show the form.
 */
export function mayRemoveDeck(deck: { id: string; ownerId: string | null; shared: boolean }, user: { id: string; role: string }): boolean {
  if (deck.id === BUNDLED_DECK.id) return false;
  return deck.ownerId === user.id || (user.role === "admin" && deck.shared);
}
