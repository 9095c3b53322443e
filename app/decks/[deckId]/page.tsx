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
import { mayRemoveDeck } from "@/app/_lib/decks/permissions";
import { newItemId } from "@/app/_lib/decks/schemas";
import { CardForm } from "./card-form";
import { QuestionForm } from "./question-form";
import { RemoveDeckForm } from "./removal-forms";

const SHOWN = 100;

export async function generateMetadata({ params }: PageProps<"/decks/[deckId]">): Promise<Metadata> {
  const user = await currentUser();
  const deck = user && (await deckPage(user.id, (await params).deckId));
  return { title: deck ? `Deck: ${deck.title}` : "Deck not found" };
}

/** The deck's author's link to an item's edit page, named by what it edits (the links' text repeats). */
function EditLink({ deckId, itemId, label }: { deckId: string; itemId: string; label: string }) {
  return (
    <Link className="item-edit" href={`/decks/${deckId}/items/${encodeURIComponent(itemId)}/edit`}>
      Edit<span className="visually-hidden"> {label}</span>
    </Link>
  );
}

export default async function DeckPage({ params, searchParams }: PageProps<"/decks/[deckId]">) {
  const { deckId } = await params;
  const { retired } = await searchParams;
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
      {(retired === "card" || retired === "question") && (
        <p className="form-message ok" role="status">
          The {retired} was retired: it has left every member&apos;s study and quizzes.
        </p>
      )}
      <div className="actions">
        {deck.cards.length > 0 && (
          <Link className="button" href={`/study?deck=${encodeURIComponent(deck.id)}`}>
            Study this deck
          </Link>
        )}
        {deck.questions.length > 0 && (
          <Link className="button secondary" href={`/quiz?deck=${encodeURIComponent(deck.id)}`}>
            Quiz on this deck
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
      {mine && deck.defaultTopic && <QuestionForm deckId={deck.id} id={newItemId()} topics={deck.topics} defaultTopic={deck.defaultTopic} />}

      <section aria-labelledby="deck-cards-title">
        <h2 id="deck-cards-title">{countOf(deck.cards.length, "card")}</h2>
        {deck.cards.length === 0 ? (
          <p className="empty">No cards yet{mine ? ": write the first one above." : "."}</p>
        ) : (
          <ol className="deck-cards">
            {deck.cards.slice(0, SHOWN).map((card, index) => (
              <li key={card.id}>
                <Link href={`/cards/${card.id}`}>
                  <Markdown html={card.frontHtml} />
                </Link>
                {mine && <EditLink deckId={deck.id} itemId={card.id} label={`card ${index + 1}`} />}
              </li>
            ))}
          </ol>
        )}
        {deck.cards.length > SHOWN && <p className="muted">The first {SHOWN} are listed; every card is on its topic&apos;s page and in Search.</p>}
      </section>

      <section aria-labelledby="deck-questions-title">
        <h2 id="deck-questions-title">{countOf(deck.questions.length, "question")}</h2>
        {deck.questions.length === 0 ? (
          <p className="empty">No questions yet{mine ? ": write the first one above." : "."}</p>
        ) : (
          <ol className="deck-cards">
            {deck.questions.slice(0, SHOWN).map((question, index) => (
              <li key={question.id}>
                <Link href={`/questions/${question.id}`}>
                  <Markdown html={question.stemHtml} />
                </Link>
                {mine && <EditLink deckId={deck.id} itemId={question.id} label={`question ${index + 1}`} />}
              </li>
            ))}
          </ol>
        )}
        {deck.questions.length > SHOWN && <p className="muted">The first {SHOWN} are listed; every question is on its topic&apos;s page and in Search.</p>}
      </section>

      {mayRemoveDeck(deck, user) && <RemoveDeckForm deckId={deck.id} title={deck.title} asAdmin={!mine} />}
    </div>
  );
}
