import { currentUser } from "@/app/_lib/auth";
import * as clock from "@/app/_lib/clock";
import { deckMedia } from "@/app/_lib/dal/deck-media";

/**
 * An image a deck's cards show, from the app's own origin (the page's Content-Security-Policy allows no other).
 * Only PNG, JPEG, GIF and WebP are ever stored (the importer checks each file's bytes), and they are served
 * with nosniff and a policy that runs nothing, so even a file opened on its own can't become a page.
 */
export async function GET(_request: Request, context: { params: Promise<{ deckId: string; name: string }> }) {
  const { deckId, name } = await context.params;
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in to see this image." }, { status: 401 });
  const media = await deckMedia(user.id, deckId, name, await clock.now());
  if (!media) return Response.json({ error: "No such image." }, { status: 404 });
  return new Response(new Uint8Array(media.bytes), {
    headers: {
      "Content-Type": media.contentType,
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "X-Content-Type-Options": "nosniff",
      "Content-Disposition": "inline",
      // An image never changes under its name in a deck; private: it is the member's, not a shared cache's. An hour,
      // so an image of a deck that is made personal again stops showing to others soon after.
      "Cache-Control": "private, max-age=3600",
    },
  });
}
