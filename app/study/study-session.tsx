"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { CorrectionNote } from "@/app/_components/correction-note";
import { Markdown } from "@/app/_components/markdown";
import { itemKey, type ItemRef } from "@/app/_lib/srs/queue";
import { advance, dropFront, PREFETCH, remaining, withFront, type StudySnapshot, type StudyView } from "@/app/_lib/srs/session";
import type { Quality } from "@/app/_lib/srs/sm2";
import { qualityOfRating, ratingOfQuality, type Rating } from "@/app/_lib/srs/ratings";
import { EmptyQueue } from "./empty-queue";
import { GradeButtons } from "./grade-buttons";
import type { AnswerOf } from "@/app/_lib/api/endpoints";
import { createEndpointClient } from "@/app/_lib/client/endpoint-client";
import type { SendOutcome } from "@/app/_lib/client/request-queue";
import { useReadyMarker } from "@/app/_lib/client/use-ready-marker";
import { useStrayClickGuard } from "@/app/_lib/client/stray-click-guard";

/** What any study endpoint answers: the fresh queue (also with a refusal), or an error. */
type StudyAnswer = AnswerOf<"study/queue">;

interface Notice {
  text: string;
  tone: "info" | "error";
  /** Offers Undo for the step just taken. */
  undoable?: boolean;
  link?: { label: string; href: string };
}

/** One step the member can take back with Undo: a grade, or setting a card aside (suspend, bury). */
type Step =
  | { kind: "grade"; requestId: string; before: StudyView; key: string }
  | { kind: "suspend" | "bury"; item: ItemRef; before: StudyView; key: string };

const SET_ASIDE = {
  suspend: { done: "Card suspended: it won't come up until you bring it back (Undo, or the suspended cards page).", undone: "Card brought back." },
  bury: { done: "Card buried: it comes back tomorrow.", undone: "Card unburied." },
} as const;

/** Random ids without crypto.randomUUID, which plain-http LAN addresses (no secure context) lack. */
function newRequestId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

const KIND_LABEL = { review: "Review", new: "New", redrill: "Again today" } as const;

export function StudySession({
  initial,
  topic,
  decks,
  timeZone,
  reviewLimit,
  extraNewToday,
}: {
  initial: StudySnapshot;
  topic?: string;
  /** The decks picked on the page; undefined for all the member sees. */
  decks?: string[];
  timeZone: string;
  reviewLimit: number;
  extraNewToday: number;
}) {
  const [view, setView] = useState<StudyView>(initial);
  const [payloads, setPayloads] = useState(() => new Map(initial.payloads.map((p) => [p.key, p])));
  const [revealed, setRevealed] = useState(false);
  const [history, setHistory] = useState<Step[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [trouble, setTrouble] = useState<string | null>(null);
  const [extraNew, setExtraNew] = useState(extraNewToday);
  const [saving, setSaving] = useState(0);
  const [moreBusy, setMoreBusy] = useState(false);
  const client = useMemo(() => createEndpointClient(setTrouble, setSaving), []);
  // Which queue this screen shows: every request carries it, so each reply is the same queue.
  const scope = { topic, decks };

  const head = view.entries[0];
  const headKey = head ? itemKey(head) : undefined;
  const payload = headKey ? payloads.get(headKey) : undefined;
  const cardRef = useRef<HTMLElement>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  const shownAt = useRef(0);
  const gradedAt = useRef<number | null>(null);
  const strayClicks = useStrayClickGuard();
  const asked = useRef(false);

  const have = (v: StudyView) => v.entries.slice(0, PREFETCH * 2).map(itemKey).filter((key) => payloads.has(key));

  /** Takes the server's answer: its text always, its queue only when no newer guess is still in flight. */
  function settle(outcome: SendOutcome<StudyAnswer>, front?: string) {
    const { snapshot, error } = outcome.reply;
    if (snapshot) {
      setPayloads((previous) => {
        const next = new Map(previous);
        for (const p of snapshot.payloads) next.set(p.key, p);
        return next;
      });
      if (client.pending === 0) {
        setView((current) => withFront(snapshot, front ?? (current.entries[0] ? itemKey(current.entries[0]) : undefined)));
      }
    }
    if (outcome.status === "conflict") setNotice({ tone: "info", text: error ?? "This card changed elsewhere." });
    if (outcome.status === "refused") setNotice({ tone: "error", text: error ?? "That request was refused." });
    if (outcome.status === "signed-out") {
      setNotice({ tone: "error", text: error ?? "Your session has ended.", link: { label: "Sign in again", href: "/signin?callbackUrl=/study" } });
    }
  }

  function reveal() {
    if (head && payload) setRevealed(true);
  }

  function grade(quality: Quality, startedAt: number) {
    if (!head || !revealed) return;
    const requestId = newRequestId();
    const next = advance(view, quality);
    gradedAt.current = startedAt;
    remember({ kind: "grade", requestId, before: view, key: itemKey(head) });
    setView(next);
    setRevealed(false);
    setNotice(null);
    const { itemKind, itemId, version } = head;
    const durationMs = Math.max(0, Math.round(performance.now() - shownAt.current));
    void client
      .send("study/grade", {
        itemKind,
        itemId,
        ...(view.scheduler === "fsrs" ? { rating: ratingOfQuality(quality) } : { quality }),
        requestId,
        expectedVersion: version,
        durationMs,
        ...scope,
        have: have(next),
      })
      .then((outcome) => {
        // A grade the server refused was never made: there is nothing to undo.
        if (outcome.status !== "ok") setHistory((h) => h.filter((step) => step.kind !== "grade" || step.requestId !== requestId));
        settle(outcome);
      });
  }

  function remember(step: Step) {
    setHistory((h) => [...h.slice(-49), step]);
  }

  function undo() {
    const last = history.at(-1);
    if (!last) return;
    setHistory((h) => h.slice(0, -1));
    setView(last.before);
    setRevealed(false);
    const held = have(last.before);
    if (last.kind === "grade") {
      setNotice({ tone: "info", text: "Grade undone." });
      void client.send("study/undo", { requestId: last.requestId, ...scope, have: held }).then((outcome) => settle(outcome, last.key));
    } else {
      setNotice({ tone: "info", text: SET_ASIDE[last.kind].undone });
      void setAside(last.kind, last.item, false, held).then((outcome) => settle(outcome, last.key));
    }
  }

  function setAside(kind: "suspend" | "bury", item: ItemRef, on: boolean, held: string[]) {
    return kind === "suspend"
      ? client.send("study/suspend", { ...item, suspended: on, ...scope, have: held })
      : client.send("study/bury", { ...item, buried: on, ...scope, have: held });
  }

  /** Suspends or buries the card on screen; Undo takes it back. */
  function putAside(kind: "suspend" | "bury") {
    if (!head) return;
    const item = { itemKind: head.itemKind, itemId: head.itemId };
    const next = dropFront(view);
    remember({ kind, item, before: view, key: itemKey(head) });
    setView(next);
    setRevealed(false);
    setNotice({ tone: "info", text: SET_ASIDE[kind].done, undoable: true });
    void setAside(kind, item, true, have(next)).then((outcome) => settle(outcome));
  }

  function studyMore() {
    if (moreBusy) return;
    const total = extraNew + 10;
    setExtraNew(total);
    setMoreBusy(true);
    void client.send("study/more", { day: view.day, extraNew: total, ...scope, have: have(view) }).then((outcome) => {
      setMoreBusy(false);
      settle(outcome);
    });
  }

  // The keyboard flow: Space/Enter reveal, then grade Good; 0–5 grade (1–4 under FSRS); Ctrl+Z or U undo; S (or Anki's @)
  // suspend, B (or Anki's -) bury. Buttons and links keep their own keys.
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest("input, textarea, select, [contenteditable]")) return;
      const key = event.key;
      const command = event.ctrlKey || event.metaKey;
      if ((command && key.toLowerCase() === "z") || (!command && key.toLowerCase() === "u")) {
        event.preventDefault();
        undo();
        return;
      }
      // A held key repeats: one press is one step, or holding Space would reveal and grade a whole session.
      if (command || event.repeat) return;
      if (key === "s" || key === "S" || key === "@") {
        event.preventDefault();
        putAside("suspend");
        return;
      }
      if (key === "b" || key === "B" || key === "-") {
        event.preventDefault();
        putAside("bury");
        return;
      }
      if (key === " " || key === "Enter") {
        if (target?.closest("button, a, summary")) return;
        event.preventDefault();
        // As in Anki: the key that shows the answer grades Good once it is shown.
        if (revealed) grade(4, event.timeStamp);
        else reveal();
      } else if (revealed && view.scheduler === "fsrs" && /^[1-4]$/.test(key)) {
        event.preventDefault();
        grade(qualityOfRating(Number(key) as Rating), event.timeStamp);
      } else if (revealed && view.scheduler !== "fsrs" && /^[0-5]$/.test(key)) {
        event.preventDefault();
        grade(Number(key) as Quality, event.timeStamp);
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  });
  const sectionRef = useReadyMarker<HTMLElement>();

  // A new card on screen: start its timer, move focus to it (off any button, so Space can't press that
  // button again), bring its top into view (after a long answer on a phone it would start above the screen),
  // and record how long the grade took to paint.
  const firstCard = useRef(true);
  useEffect(() => {
    shownAt.current = performance.now();
    const card = cardRef.current;
    if (!firstCard.current && card) {
      card.focus({ preventScroll: true });
      const top = card.getBoundingClientRect().top;
      if (top < 0 || top > window.innerHeight / 2) card.scrollIntoView({ block: "start" });
    }
    firstCard.current = false;
    const started = gradedAt.current;
    if (started === null) return;
    gradedAt.current = null;
    requestAnimationFrame(() =>
      setTimeout(() => performance.measure("study:grade-to-next-card", { start: started, end: performance.now() }), 0),
    );
  }, [headKey]);

  useEffect(() => {
    if (revealed) answerRef.current?.focus({ preventScroll: true });
  }, [revealed]);

  // The front item's text missing, or the window of the queue used up before the server caught up: ask once
  // for the fresh queue and its text.
  useEffect(() => {
    if ((!head && remaining(view) === 0) || payload || asked.current) return;
    asked.current = true;
    void client.send("study/queue", { ...scope, have: [] }).then((outcome) => {
      asked.current = false;
      settle(outcome);
    });
  });

  // Leaving with grades still unsent would lose them: ask the browser to confirm.
  useEffect(() => {
    function onBeforeUnload(event: BeforeUnloadEvent) {
      if (client.pending > 0) event.preventDefault();
    }
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [client]);

  const left = remaining(view);
  return (
    <section className="study" aria-label="Review session" ref={sectionRef} onClickCapture={strayClicks.onClickCapture}>
      <div className="study-progress">
        <progress value={view.done} max={Math.max(1, view.done + left)} aria-labelledby="study-progress-label" />
        <p id="study-progress-label" className="study-counts">
          <strong>{view.done}</strong> done today · <strong>{left}</strong> left
          <span className="muted">
            {" "}
            ({view.counts.review} review, {view.counts.new} new, {view.counts.redrill} again)
          </span>
          <span className="save-state" data-saving={saving > 0}>
            {saving > 0 ? "Saving…" : "All saved"}
          </span>
        </p>
      </div>

      <div role="status" aria-live="polite" className="study-status">
        {trouble && <p className="notice error">{trouble}</p>}
        {notice && (
          <p className={`notice ${notice.tone}`}>
            {notice.text}{" "}
            {notice.undoable && history.length > 0 && (
              <button type="button" className="link-button inline" onClick={undo}>
                Undo
              </button>
            )}
            {notice.link && <a href={notice.link.href}>{notice.link.label}</a>}
          </p>
        )}
      </div>

      {head ? (
        <>
          <article className="panel study-card" ref={cardRef} tabIndex={-1} aria-label="Card">
            <p className="item-meta">
              <span className="badge">{KIND_LABEL[head.kind]}</span>
              {head.itemKind === "question" && <span className="badge flag">Missed in a quiz</span>}
              {payload?.topicTitle}
            </p>
            {payload ? <Markdown className="item-front" html={payload.frontHtml} /> : <p className="muted">Loading the card…</p>}
            {revealed && payload && (
              <div className="study-answer" ref={answerRef} tabIndex={-1} aria-label="Answer">
                <Markdown className="item-back" html={payload.backHtml} />
                {payload.correction && <CorrectionNote correction={payload.correction} />}
                <p className="study-card-link">
                  <a href={payload.href}>Open this card</a>
                </p>
              </div>
            )}
          </article>
          {/* Stays at the bottom of the screen while a long answer scrolls, so grading never needs a scroll. */}
          <div className="study-actions">
            {revealed ? (
              <GradeButtons
                entry={head}
                scheduler={view.scheduler}
                onGrade={(quality, event) => {
                  grade(quality, performance.now());
                  strayClicks.pressed(event);
                }}
              />
            ) : (
              <button type="button" className="button reveal" onClick={reveal} aria-keyshortcuts="Space Enter">
                Show answer <kbd>Space</kbd>
              </button>
            )}
          </div>
        </>
      ) : left > 0 ? (
        <p className="panel muted">Loading the next cards…</p>
      ) : (
        <EmptyQueue view={view} narrowed={Boolean(topic || decks)} timeZone={timeZone} reviewLimit={reviewLimit} onStudyMore={studyMore} busy={moreBusy} />
      )}

      <div className="study-tools">
        <button type="button" className="button secondary" onClick={undo} disabled={history.length === 0} aria-keyshortcuts="Control+Z U">
          Undo <kbd>U</kbd>
        </button>
        {head && (
          <>
            <button type="button" className="button secondary" onClick={() => putAside("bury")} aria-keyshortcuts="B -">
              Bury until tomorrow <kbd>B</kbd>
            </button>
            <button type="button" className="button secondary" onClick={() => putAside("suspend")} aria-keyshortcuts="S @">
              Suspend <kbd>S</kbd>
            </button>
          </>
        )}
        <a href="/study/suspended">Suspended cards and leeches</a>
      </div>

      <details className="shortcuts">
        <summary>Keyboard shortcuts</summary>
        <dl>
          <dt>
            <kbd>Space</kbd> or <kbd>Enter</kbd>
          </dt>
          <dd>Show the answer; once it is shown, grade Good ({view.scheduler === "fsrs" ? 3 : 4})</dd>
          {view.scheduler === "fsrs" ? (
            <>
              <dt>
                <kbd>1</kbd> – <kbd>4</kbd>
              </dt>
              <dd>Rate: 1 again, 2 hard, 3 good, 4 easy. Again or Hard, and the card comes back later today.</dd>
            </>
          ) : (
            <>
              <dt>
                <kbd>0</kbd> – <kbd>5</kbd>
              </dt>
              <dd>Grade: 0–2 wrong, 3 hard, 4 good, 5 easy. Below 4, the card comes back later today.</dd>
            </>
          )}
          <dt>
            <kbd>U</kbd> or <kbd>Ctrl</kbd>+<kbd>Z</kbd>
          </dt>
          <dd>Undo the last grade, suspend or bury</dd>
          <dt>
            <kbd>B</kbd> or <kbd>-</kbd>
          </dt>
          <dd>Bury the card: it comes back tomorrow</dd>
          <dt>
            <kbd>S</kbd> or <kbd>@</kbd>
          </dt>
          <dd>Suspend the card until you bring it back</dd>
        </dl>
      </details>
    </section>
  );
}
