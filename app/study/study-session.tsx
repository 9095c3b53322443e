"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { CorrectionNote } from "@/app/_components/correction-note";
import { Markdown } from "@/app/_components/markdown";
import { itemKey, type ItemRef } from "@/app/_lib/srs/queue";
import { advance, dropFront, PREFETCH, remaining, withFront, type StudySnapshot, type StudyView } from "@/app/_lib/srs/session";
import type { Quality } from "@/app/_lib/srs/sm2";
import { EmptyQueue } from "./empty-queue";
import { GradeButtons } from "./grade-buttons";
import type { AnswerOf } from "@/app/_lib/api/endpoints";
import { createEndpointClient } from "@/app/_lib/client/endpoint-client";
import type { SendOutcome } from "@/app/_lib/client/request-queue";
import { useReadyMarker } from "@/app/_lib/client/use-ready-marker";

/** What any study endpoint answers: the fresh queue (also with a refusal), or an error. */
type StudyAnswer = AnswerOf<"study/queue">;

interface Notice {
  text: string;
  tone: "info" | "error";
  action?: { label: string; run: () => void };
  link?: { label: string; href: string };
}

interface Graded {
  requestId: string;
  /** The view just before the grade: undo puts it back exactly. */
  before: StudyView;
  key: string;
}

/** Random ids without crypto.randomUUID, which plain-http LAN addresses (no secure context) lack. */
function newRequestId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

const KIND_LABEL = { review: "Review", new: "New", redrill: "Again today" } as const;

export function StudySession({
  initial,
  topic,
  timeZone,
  reviewLimit,
  extraNewToday,
}: {
  initial: StudySnapshot;
  topic?: string;
  timeZone: string;
  reviewLimit: number;
  extraNewToday: number;
}) {
  const [view, setView] = useState<StudyView>(initial);
  const [payloads, setPayloads] = useState(() => new Map(initial.payloads.map((p) => [p.key, p])));
  const [revealed, setRevealed] = useState(false);
  const [history, setHistory] = useState<Graded[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [trouble, setTrouble] = useState<string | null>(null);
  const [extraNew, setExtraNew] = useState(extraNewToday);
  const [saving, setSaving] = useState(0);
  const [moreBusy, setMoreBusy] = useState(false);
  const client = useMemo(() => createEndpointClient(setTrouble, setSaving), []);

  const head = view.entries[0];
  const headKey = head ? itemKey(head) : undefined;
  const payload = headKey ? payloads.get(headKey) : undefined;
  const cardRef = useRef<HTMLElement>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  const shownAt = useRef(0);
  const gradedAt = useRef<number | null>(null);
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
    setHistory((h) => [...h.slice(-49), { requestId, before: view, key: itemKey(head) }]);
    setView(next);
    setRevealed(false);
    setNotice(null);
    const { itemKind, itemId, version } = head;
    const durationMs = Math.max(0, Math.round(performance.now() - shownAt.current));
    void client
      .send("study/grade", { itemKind, itemId, quality, requestId, expectedVersion: version, durationMs, topic, have: have(next) })
      .then((outcome) => {
        // A grade the server refused was never made: there is nothing to undo.
        if (outcome.status !== "ok") setHistory((h) => h.filter((g) => g.requestId !== requestId));
        settle(outcome);
      });
  }

  function undo() {
    const last = history.at(-1);
    if (!last) return;
    setHistory((h) => h.slice(0, -1));
    setView(last.before);
    setRevealed(false);
    setNotice({ tone: "info", text: "Grade undone." });
    void client.send("study/undo", { requestId: last.requestId, topic, have: have(last.before) }).then((outcome) => settle(outcome, last.key));
  }

  function setSuspended(item: ItemRef, suspended: boolean) {
    return client.send("study/suspend", { ...item, suspended, topic, have: [] });
  }

  function suspend() {
    if (!head) return;
    const item = { itemKind: head.itemKind, itemId: head.itemId };
    setView(dropFront(view));
    setRevealed(false);
    setNotice({
      tone: "info",
      text: "Card suspended: it won't come up until you unsuspend it.",
      action: { label: "Unsuspend", run: () => void setSuspended(item, false).then((o) => (setNotice(null), settle(o, itemKey(item)))) },
    });
    void setSuspended(item, true).then((outcome) => settle(outcome));
  }

  function studyMore() {
    if (moreBusy) return;
    const total = extraNew + 10;
    setExtraNew(total);
    setMoreBusy(true);
    void client.send("study/more", { day: view.day, extraNew: total, topic, have: have(view) }).then((outcome) => {
      setMoreBusy(false);
      settle(outcome);
    });
  }

  // The keyboard flow: Space/Enter reveal, 0–5 grade, Ctrl+Z or U undo. Buttons and links keep their own keys.
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
      if (command) return;
      if (!revealed && (key === " " || key === "Enter")) {
        if (target?.closest("button, a, summary")) return;
        event.preventDefault();
        reveal();
      } else if (revealed && /^[0-5]$/.test(key)) {
        event.preventDefault();
        grade(Number(key) as Quality, event.timeStamp);
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  });
  const sectionRef = useReadyMarker<HTMLElement>();

  // A new card on screen: start its timer, move focus to it (off any button, so Space can't press that
  // button again), and record how long the grade took to paint.
  const firstCard = useRef(true);
  useEffect(() => {
    shownAt.current = performance.now();
    if (!firstCard.current) cardRef.current?.focus({ preventScroll: true });
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
    void client.send("study/queue", { topic, have: [] }).then((outcome) => {
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
    <section className="study" aria-label="Review session" ref={sectionRef}>
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
            {notice.action && (
              <button type="button" className="link-button inline" onClick={notice.action.run}>
                {notice.action.label}
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
          {revealed ? (
            <GradeButtons entry={head} onGrade={(quality) => grade(quality, performance.now())} />
          ) : (
            <button type="button" className="button reveal" onClick={reveal} aria-keyshortcuts="Space Enter">
              Show answer <kbd>Space</kbd>
            </button>
          )}
        </>
      ) : left > 0 ? (
        <p className="panel muted">Loading the next cards…</p>
      ) : (
        <EmptyQueue view={view} topic={topic} timeZone={timeZone} reviewLimit={reviewLimit} onStudyMore={studyMore} busy={moreBusy} />
      )}

      <div className="study-tools">
        <button type="button" className="button secondary" onClick={undo} disabled={history.length === 0} aria-keyshortcuts="Control+Z U">
          Undo last grade <kbd>U</kbd>
        </button>
        {head && (
          <button type="button" className="button secondary" onClick={suspend}>
            Suspend this card
          </button>
        )}
        <a href="/study/suspended">Suspended cards and leeches</a>
      </div>

      <details className="shortcuts">
        <summary>Keyboard shortcuts</summary>
        <dl>
          <dt>
            <kbd>Space</kbd> or <kbd>Enter</kbd>
          </dt>
          <dd>Show the answer</dd>
          <dt>
            <kbd>0</kbd> – <kbd>5</kbd>
          </dt>
          <dd>Grade: 0–2 wrong, 3 hard, 4 good, 5 easy. Below 4, the card comes back later today.</dd>
          <dt>
            <kbd>U</kbd> or <kbd>Ctrl</kbd>+<kbd>Z</kbd>
          </dt>
          <dd>Undo the last grade</dd>
        </dl>
      </details>
    </section>
  );
}
