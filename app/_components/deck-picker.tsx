import { BUNDLED_DECK } from "@/app/_lib/content/bundled-deck";
import { ignoredDecksNote, type DeckChoice } from "@/app/_lib/decks/choice";

export interface PickableDeck {
  id: string;
  title: string;
  /** Whose it is, as the member reads it: "yours", "shared by Ana", "bundled". */
  whose: string;
  /** What it holds for this page: "12 cards", "3 questions". */
  holds: string;
}

/**
 * The deck picker of /study and /quiz: a GET form of checkboxes that sets `?deck=` once per deck, so it works
 * before (and without) any JavaScript, and a link or a reload keeps the choice. Folded away while every deck is
 * used; `keep` carries the page's other parameters through a change of decks.
 */
export function DeckPicker({
  action,
  legend,
  decks,
  choice,
  keep = {},
}: {
  action: string;
  legend: string;
  decks: readonly PickableDeck[];
  choice: DeckChoice;
  keep?: Record<string, string | undefined>;
}) {
  const note = ignoredDecksNote(choice.ignored);
  const chosen = new Set(choice.chosen);
  const titles = decks.filter((deck) => chosen.has(deck.id)).map((deck) => deck.title);
  return (
    <>
      {note && <p className="notice info deck-note">{note}</p>}
      {decks.length > 1 && (
        <details className="deck-picker" open={!choice.all}>
          <summary>{choice.all ? `Decks: all ${decks.length}` : `Decks: ${titles.join(", ")}`}</summary>
          <form method="get" action={action} aria-label="Choose decks">
            {Object.entries(keep).map(([name, value]) => value !== undefined && <input key={name} type="hidden" name={name} value={value} />)}
            <fieldset className="choices">
              <legend>{legend}</legend>
              {decks.map((deck) => (
                <div className="checkbox" key={deck.id}>
                  <input id={`deck-${deck.id}`} type="checkbox" name="deck" value={deck.id} defaultChecked={chosen.has(deck.id)} />
                  <label htmlFor={`deck-${deck.id}`}>
                    {deck.title}{" "}
                    <span className="muted">
                      ({deck.whose}, {deck.holds})
                    </span>
                  </label>
                </div>
              ))}
            </fieldset>
            <p className="muted">Tick none to use every deck.</p>
            <button className="button secondary" type="submit">
              Use these decks
            </button>
          </form>
        </details>
      )}
    </>
  );
}

/** The picker's rows from the decks a member sees (dal/decks.ts visibleDecks), each with what it holds. */
export function pickableDecks(
  decks: readonly { id: string; title: string; ownerId: string | null; shared: boolean; owner: { name: string } | null; cards: number; questions: number }[],
  viewerId: string,
  unit: "cards" | "questions",
): PickableDeck[] {
  return decks.map((deck) => ({
    id: deck.id,
    title: deck.title,
    whose: deck.ownerId === viewerId ? (deck.shared ? "yours, shared" : "yours") : deck.id === BUNDLED_DECK.id ? "bundled" : `shared by ${deck.owner?.name ?? "a former member"}`,
    holds: `${deck[unit]} ${deck[unit] === 1 ? unit.slice(0, -1) : unit}`,
  }));
}
