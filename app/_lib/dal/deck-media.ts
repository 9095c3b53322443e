import "server-only";
/**
 * A deck's images, for members who can see the deck (content-snapshot.ts canSee decides, as for its cards),
 * and the images of an import's first items while its author looks at the preview (the deck isn't written yet).
 */
import { getDb } from "@/app/_lib/db";
import { contentFor } from "./content-snapshot";
import { draftPreviewOf } from "./import-drafts";

export async function deckMedia(userId: string, deckId: string, name: string, now: Date): Promise<{ contentType: string; bytes: Uint8Array } | null> {
  if ((await contentFor(userId)).decks.some((deck) => deck.id === deckId)) {
    return (await getDb()).deckMedia.findUnique({ where: { deckId_name: { deckId, name } }, select: { contentType: true, bytes: true } });
  }
  const draft = await draftPreviewOf(userId, deckId, now.getTime());
  const media = draft && "preview" in draft.outcome ? draft.outcome.preview.media.find((m) => m.name === name) : undefined;
  return media ? { contentType: media.contentType, bytes: media.bytes } : null;
}
