import { zipSync } from "fflate";
import { currentUser } from "@/app/_lib/auth";
import { deckForExport } from "@/app/_lib/dal/decks";
import { ankiTextExport } from "@/app/_lib/export/anki-text";
import { deckZipEntries, markdownExport, portableImages } from "@/app/_lib/export/markdown-deck";
import { slugOf } from "@/app/_lib/decks/schemas";

/**
 * A deck a member can see, as Anki's text format (its cards: Anki has no scenario questions) or as the app's
 * Markdown format (a zip of catalog.yml, cards/ and questions/, as content/ is laid out).
 */
export async function GET(_request: Request, context: { params: Promise<{ deckId: string; file: string }> }) {
  const { deckId, file } = await context.params;
  if (file !== "anki.txt" && file !== "markdown.zip") return Response.json({ error: "No such export: use anki.txt or markdown.zip." }, { status: 404 });
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in to export a deck." }, { status: 401 });
  const data = await deckForExport(user.id, deckId);
  if (!data) return Response.json({ error: "No such deck." }, { status: 404 });
  const slug = slugOf(data.deck.title) || "deck";
  // Images: in the zip's media/ folder, or by bare name in Anki's text (as Anki names files in its media folder).
  const body =
    file === "anki.txt"
      ? ankiTextExport(
          data.deck.title,
          data.cards.map((card) => ({ id: card.id, front: portableImages(card.frontMd, deckId, ""), back: portableImages(card.backMd, deckId, ""), tags: card.tags })),
        )
      : zipSync(deckZipEntries(markdownExport(slug, data), data.media));
  return new Response(body, {
    headers: {
      "Content-Type": file === "anki.txt" ? "text/plain; charset=utf-8" : "application/zip",
      "Content-Disposition": `attachment; filename="${slug}${file === "anki.txt" ? ".txt" : ".zip"}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
