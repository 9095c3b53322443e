import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { Markdown } from "@/app/_components/markdown";
import { currentUser, requireUser } from "@/app/_lib/auth";
import { shareDeckAction } from "@/app/_lib/actions/decks";
import { BUNDLED_DECK } from "@/app/_lib/content/bundled-deck";
import { countOf } from "@/app/_lib/count-of";
import { deckPage } from "@/app/_lib/dal/decks";
import { CardForm } from "./card-form";
import { newItemId } from "@/app/_lib/decks/schemas";

const SHOWN = 100;

export async function generateMetadata({ params }: PageProps<"/decks/[deckId]">): Promise<Metadata> {
  const user = await currentUser();
  const deck = user && (await deckPage(user.id, (await params).deckId));
  return { title: deck ? `Deck: ${deck.title}` : "Deck not found" };
}

export default async function DeckPage({ params }: PageProps<"/decks/[deckId]">) {
  const { deckId } = await params;
  const user = await requireUser(`/decks/${deckId}`);
  const deck = await deckPage(user.id, deckId);
  if (!deck) notFound();
  const mine = deck.ownerId === user.id && deck.id !== BUNDLED_DECK.id;
  return (
    <div className="page">
      <Breadcrumbs trail={[{ href: "/decks", label: "Decks" }]} current={deck.title} />
      <h1>{deck.title}</h1>
      <p className="lede">
        {deck.description ? `${deck.description} ` : ""}
        <span className="badge">{deck.id === BUNDLED_DECK.id ? "Bundled" : deck.shared ? "Shared with the group" : "Personal: only you see it"}</span>
      </p>
      <div className="actions">
        {deck.topicSlugs.length === 1 && deck.cards.length > 0 && (
          <Link className="button" href={`/study?topic=${deck.topicSlugs[0]}`}>
            Study this deck
          </Link>
        )}
        {mine && (
          <form action={shareDeckAction}>
            <input type="hidden" name="deckId" value={deck.id} />
            <input type="hidden" name="shared" value={String(!deck.shared)} />
            <button className="button secondary" type="submit">
              {deck.shared ? "Make it personal" : "Share with the group"}
            </button>
          </form>
        )}
      </div>

      {mine && <CardForm deckId={deck.id} id={newItemId()} />}

      <section aria-labelledby="deck-cards-title">
        <h2 id="deck-cards-title">{countOf(deck.cards.length, "card")}</h2>
        {deck.cards.length === 0 ? (
          <p className="empty">No cards yet{mine ? ": write the first one above." : "."}</p>
        ) : (
          <ol className="deck-cards">
            {deck.cards.slice(0, SHOWN).map((card) => (
              <li key={card.id}>
                <Link href={`/cards/${card.id}`}>
                  <Markdown html={card.frontHtml} />
                </Link>
              </li>
            ))}
          </ol>
        )}
        {deck.cards.length > SHOWN && <p className="muted">The first {SHOWN} are listed; every card is on its topic&apos;s page and in Search.</p>}
      </section>
    </div>
  );
}
