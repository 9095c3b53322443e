import "server-only";
/** A deck's images, for members who can see the deck (content-snapshot.ts canSee decides, as for its cards). */
import { getDb } from "@/app/_lib/db";
import { contentFor } from "./content-snapshot";

export async function deckMedia(userId: string, deckId: string, name: string) {
  if (!(await contentFor(userId)).decks.some((deck) => deck.id === deckId)) return null;
  return (await getDb()).deckMedia.findUnique({ where: { deckId_name: { deckId, name } }, select: { contentType: true, bytes: true } });
}
