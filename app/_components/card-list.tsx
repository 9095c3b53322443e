import { domainLabel } from "@/app/_lib/content/schema";
import type { StoredCorrection } from "@/app/_lib/seed/to-records";
import { CorrectionNote } from "./correction-note";
import { Markdown } from "./markdown";
import { TagList } from "./tag-list";

export interface CardSummary {
  id: string;
  domain: string;
  frontHtml: string;
  backHtml: string;
  tags: string[];
  correction: StoredCorrection | null;
}

/** Flashcards as a list: the front visible, the back behind a disclosure so browsing doubles as self-testing. */
export function CardList({ cards }: { cards: CardSummary[] }) {
  if (cards.length === 0) return <p className="empty">No cards match.</p>;
  return (
    <ol className="item-list" aria-label="Flashcards">
      {cards.map((card) => (
        <li key={card.id} className="panel item">
          <div className="item-meta">
            <span className="badge">{domainLabel(card.domain)}</span>
            {card.correction && <span className="badge warm">Corrects the guide</span>}
            <a href={`/cards/${card.id}`} aria-label={`Open card ${card.id}`}>
              Open card
            </a>
          </div>
          <Markdown className="item-front" html={card.frontHtml} />
          <details className="reveal">
            <summary>Show answer</summary>
            <Markdown className="item-back" html={card.backHtml} />
            {card.correction && <CorrectionNote correction={card.correction} />}
          </details>
          <TagList tags={card.tags} />
        </li>
      ))}
    </ol>
  );
}
