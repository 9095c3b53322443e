import "server-only";
/**
 * A deck's images, for members who can see the deck (content-snapshot.ts canSee decides, as for its cards),
 * and an import's images while its author looks at the preview (the deck isn't written yet).
 */
import { getDb } from "@/app/_lib/db";
import { contentFor } from "./content-snapshot";
import { draftOf } from "./import-drafts";

export async function deckMedia(userId: string, deckId: string, name: string, now: Date): Promise<{ contentType: string; bytes: Uint8Array } | null> {
  if ((await contentFor(userId)).decks.some((deck) => deck.id === deckId)) {
    return (await getDb()).deckMedia.findUnique({ where: { deckId_name: { deckId, name } }, select: { contentType: true, bytes: true } });
  }
  const draft = await draftOf(userId, deckId, now.getTime());
  const media = draft && "plan" in draft.outcome ? draft.outcome.plan.media.find((m) => m.name === name) : undefined;
  return media ? { contentType: media.contentType, bytes: media.bytes } : null;
}
