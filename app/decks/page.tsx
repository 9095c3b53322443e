import type { Metadata } from "next";
import { requireUser } from "@/app/_lib/auth";
import { visibleDecks } from "@/app/_lib/dal/decks";
import { BUNDLED_DECK } from "@/app/_lib/content/bundled-deck";
import { TableScroll } from "@/app/_components/table-scroll";
import { countOf } from "@/app/_lib/count-of";
import Link from "next/link";
import { NewDeckForm } from "./new-deck-form";
import { newItemId } from "@/app/_lib/decks/schemas";

export const metadata: Metadata = { title: "Decks" };

export default async function DecksPage() {
  const user = await requireUser("/decks");
  const decks = await visibleDecks(user.id);
  return (
    <div className="page">
      <h1>Decks</h1>
      <p className="lede">
        The study material you can see: the bundled guide deck, your own decks, and those members share with the group. Write a deck of your own below. Take any of them with you: to Anki as a text file (its
        cards), or in this app&apos;s Markdown format (cards and questions, the layout of the <code>content/</code> folder).
      </p>
      <TableScroll label="Table of decks">
        <table className="decks-table" aria-labelledby="decks-title">
          <caption id="decks-title" className="visually-hidden">
            Decks
          </caption>
          <thead>
            <tr>
              <th scope="col">Deck</th>
              <th scope="col">Content</th>
              <th scope="col">From</th>
              <th scope="col">Export</th>
            </tr>
          </thead>
          <tbody>
            {decks.map((deck) => (
              <tr key={deck.id}>
                <th scope="row">
                  <Link href={`/decks/${deck.id}`}>{deck.title}</Link>
                  {deck.description && <span className="muted table-note">{deck.description}</span>}
                </th>
                <td>
                  {countOf(deck.cards, "card")}, {countOf(deck.questions, "question")}
                </td>
                <td>{deck.id === BUNDLED_DECK.id ? "Bundled with the app" : deck.ownerId === user.id ? "You" : (deck.owner?.name ?? "A former member")}</td>
                <td>
                  <a href={`/api/decks/${deck.id}/export/anki.txt`} download aria-label={`${deck.title} for Anki (text file)`}>
                    Anki text
                  </a>{" "}
                  ·{" "}
                  <a href={`/api/decks/${deck.id}/export/markdown.zip`} download aria-label={`${deck.title} in Markdown (zip)`}>
                    Markdown (zip)
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="actions">
        <Link className="button secondary" href="/decks/import">
          Import a deck (Anki, CSV or Markdown)
        </Link>
      </p>
      <NewDeckForm id={newItemId()} />
    </div>
  );
}
