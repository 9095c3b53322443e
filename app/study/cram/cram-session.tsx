"use client";

import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { Markdown } from "@/app/_components/markdown";
import type { CramCard } from "@/app/_lib/dal/exam-plan";
import { useReadyMarker } from "@/app/_lib/client/use-ready-marker";
import { useStrayClickGuard } from "@/app/_lib/client/stray-click-guard";

/** "Again" puts a card back this many places later, so it comes round again soon but not at once. */
const AGAIN_GAP = 3;

interface Progress {
  /** Card ids still to go, the current one first. */
  queue: string[];
  done: number;
}

/**
 * A cram session in the browser alone: nothing is sent to the server, so the schedule cannot move. Its place is
 * kept in sessionStorage, so a reload carries on where it was. Keys as on the study screen: Space or Enter shows
 * the answer, then counts as "Got it"; 1 is Again; U undoes.
 */
// The session's place: kept in memory, mirrored to sessionStorage so a reload carries on where it was.
const places = new Map<string, string>();
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
function savePlace(key: string, progress: Progress) {
  const text = JSON.stringify(progress);
  places.set(key, text);
  try {
    sessionStorage.setItem(key, text);
  } catch {
    // Storage full or refused: the place is still kept in memory for this visit.
  }
  for (const listener of listeners) listener();
}
function readPlace(text: string | null, known: ReadonlyMap<string, unknown>): Progress | null {
  try {
    const parsed = text ? (JSON.parse(text) as Partial<Progress>) : null;
    if (!parsed || !Array.isArray(parsed.queue) || typeof parsed.done !== "number") return null;
    return { queue: parsed.queue.filter((id): id is string => known.has(id)), done: parsed.done };
  } catch {
    return null;
  }
}

export function CramSession({ cards, storageKey }: { cards: CramCard[]; storageKey: string }) {
  const byId = useMemo(() => new Map(cards.map((card) => [card.id, card])), [cards]);
  const saved = useSyncExternalStore(
    subscribe,
    () => places.get(storageKey) ?? sessionStorage.getItem(storageKey),
    () => null,
  );
  const progress = useMemo(() => readPlace(saved, byId) ?? { queue: cards.map((card) => card.id), done: 0 }, [saved, byId, cards]);
  const [history, setHistory] = useState<Progress[]>([]);
  const [revealed, setRevealed] = useState(false);
  const cardRef = useRef<HTMLElement>(null);

  const move = useCallback(
    (next: Progress) => {
      setHistory((past) => [...past, progress]);
      setRevealed(false);
      savePlace(storageKey, next);
      cardRef.current?.focus();
    },
    [progress, storageKey],
  );

  const [head, ...rest] = progress.queue;
  const gotIt = useCallback(() => move({ queue: rest, done: progress.done + 1 }), [move, rest, progress.done]);
  const again = useCallback(() => move({ queue: [...rest.slice(0, AGAIN_GAP), head!, ...rest.slice(AGAIN_GAP)], done: progress.done }), [move, rest, head, progress.done]);
  const undo = useCallback(() => {
    const previous = history.at(-1);
    if (!previous) return;
    setHistory((past) => past.slice(0, -1));
    setRevealed(false);
    savePlace(storageKey, previous);
  }, [history, storageKey]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.metaKey || (event.ctrlKey && event.key !== "z") || event.repeat) return;
      const target = event.target as HTMLElement;
      if (target.closest("input, textarea, select, button, a, summary")) return;
      if (event.key === "u" || event.key === "U" || (event.ctrlKey && event.key === "z")) {
        event.preventDefault();
        undo();
      } else if (!head) {
        return;
      } else if (!revealed && (event.key === " " || event.key === "Enter")) {
        event.preventDefault();
        setRevealed(true);
      } else if (revealed && (event.key === " " || event.key === "Enter" || event.key === "2")) {
        event.preventDefault();
        gotIt();
      } else if (revealed && event.key === "1") {
        event.preventDefault();
        again();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [head, revealed, gotIt, again, undo]);

  const sectionRef = useReadyMarker<HTMLElement>();
  const strayClicks = useStrayClickGuard();

  const card = head ? byId.get(head) : undefined;
  return (
    <section className="study cram" aria-label="Cram session" ref={sectionRef} onClickCapture={strayClicks.onClickCapture}>
      <p className="study-progress" id="cram-progress" role="status" aria-live="polite">
        {card ? `${progress.queue.length} to go, ${progress.done} done.` : `All ${progress.done} done. Your schedule is unchanged: your daily reviews are on the study screen.`}
      </p>
      {card && (
        <>
          <article className="panel study-card" ref={cardRef} tabIndex={-1} aria-label="Card">
            <p className="item-meta">
              <span className="badge">Cram</span>
              {card.topicTitle} <span className="muted">(predicted recall at the exam {Math.round(card.recall * 100)}%)</span>
            </p>
            <Markdown className="item-front" html={card.frontHtml} />
            {revealed && (
              <div className="study-answer" tabIndex={-1} aria-label="Answer">
                <Markdown className="item-back" html={card.backHtml} />
                <p className="study-card-link">
                  <a href={`/cards/${card.id}`}>Open this card</a>
                </p>
              </div>
            )}
          </article>
          <div className="study-actions">
            {revealed ? (
              <div className="grade-buttons cram" role="group" aria-label="Did you remember it? Keys 1 and 2">
                <button type="button" className="grade grade-1" onClick={(event) => {
                    again();
                    strayClicks.pressed(event);
                  }}
                  aria-keyshortcuts="1"
                >
                  <kbd>1</kbd> <span className="grade-name">Again</span>
                  <span className="grade-outcome">later in this session</span>
                </button>
                <button type="button" className="grade grade-4" onClick={(event) => {
                    gotIt();
                    strayClicks.pressed(event);
                  }}
                  aria-keyshortcuts="2 Space Enter"
                >
                  <kbd>2</kbd> <span className="grade-name">Got it</span>
                  <span className="grade-outcome">done</span>
                </button>
              </div>
            ) : (
              <button type="button" className="button reveal" onClick={() => setRevealed(true)} aria-keyshortcuts="Space Enter">
                Show answer <kbd>Space</kbd>
              </button>
            )}
          </div>
        </>
      )}
      <div className="study-tools">
        <button type="button" className="button secondary" onClick={undo} disabled={history.length === 0} aria-keyshortcuts="Control+Z U">
          Undo <kbd>U</kbd>
        </button>
        <a href="/study">Back to today&apos;s reviews</a>
      </div>
    </section>
  );
}
