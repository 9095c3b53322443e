"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { Markdown } from "@/app/_components/markdown";
import type { RequestOf } from "@/app/_lib/api/endpoints";
import { createEndpointClient } from "@/app/_lib/client/endpoint-client";
import { useReadyMarker } from "@/app/_lib/client/use-ready-marker";
import type { AttemptView } from "@/app/_lib/dal/quiz";
import { OptionList } from "./option-list";
import { formatClock, optionKeyFor, overPick, toggleChoice } from "@/app/_lib/quiz/keys";

/** The countdown's end, moved to the server's "time left" from a reply that carries it. */
function resyncClock(endsAt: { current: number | null }, remainingMs: number | null | undefined) {
  if (typeof remainingMs === "number") endsAt.current = performance.now() + remainingMs;
}

interface Answer {
  selected: string[];
  flagged: boolean;
  struck: string[];
}

/**
 * A timed exam: one question at a time, a palette to move anywhere, flags, and a countdown. Every change is
 * saved on the server as it happens; the server owns the deadline and refuses anything after it.
 */
export function ExamSession({ view }: { view: AttemptView }) {
  const [index, setIndex] = useState(view.currentIndex);
  const [answers, setAnswers] = useState<Answer[]>(() => view.questions.map((q) => ({ selected: q.selected, flagged: q.flagged, struck: q.struck })));
  const [saving, setSaving] = useState(0);
  const [trouble, setTrouble] = useState<string | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const [closed, setClosed] = useState<string | null>(null);
  const [remaining, setRemaining] = useState(view.remainingMs ?? 0);
  const queue = useMemo(() => createEndpointClient(setTrouble, setSaving), []);
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const resultsUrl = `/quiz/${view.id}/results`;
  const router = useRouter();

  // The countdown runs on the monotonic clock from the server's own "time left" (again with every save), so a
  // wrong clock on this device can't stretch it. At zero the server has already closed the attempt: go to the
  // results, in place of the exam, so Back can't return to it.
  const endsAt = useRef<number | null>(null);
  useEffect(() => {
    endsAt.current = performance.now() + (view.remainingMs ?? 0);
    const tick = () => {
      const left = Math.max(0, endsAt.current! - performance.now());
      setRemaining(left);
      if (left === 0) {
        setClosed("Time is up: your exam was submitted with the answers saved so far.");
        window.clearInterval(timer);
        window.setTimeout(() => router.replace(resultsUrl), 1_500);
      }
    };
    const timer = window.setInterval(tick, 250);
    return () => window.clearInterval(timer);
  }, [view.remainingMs, resultsUrl, router]);

  function save(body: RequestOf<"quiz/answer">) {
    void queue.send("quiz/answer", body, view.id).then((outcome) => {
      if (outcome.status === "ok") resyncClock(endsAt, outcome.reply.remainingMs);
      if (outcome.status === "conflict") setClosed(outcome.reply.error ?? "This exam is closed.");
      else if (outcome.status === "refused") setTrouble(outcome.reply.error ?? "That answer was refused.");
      else if (outcome.status === "signed-out") setTrouble("Your session has ended: sign in again in another tab, then come back; your answers so far are saved.");
    });
  }

  const question = view.questions[index]!;
  const answer = answers[index]!;

  function choose(key: string) {
    if (closed) return;
    const refusal = overPick(answer.selected, key, question.choose);
    setHint(refusal);
    if (refusal) return;
    const selected = toggleChoice(answer.selected, key, question.choose);
    setAnswers((all) => all.map((a, i) => (i === index ? { ...a, selected } : a)));
    save({ position: index, selected, at: index });
  }

  /** Strikes an option out as wrong, or brings it back: a note to self, saved with the answer, never scored. */
  function toggleStrike(key: string) {
    if (closed) return;
    const struck = answer.struck.includes(key) ? answer.struck.filter((k) => k !== key) : [...answer.struck, key];
    setAnswers((all) => all.map((a, i) => (i === index ? { ...a, struck } : a)));
    save({ position: index, struck, at: index });
  }

  function toggleFlag() {
    if (closed) return;
    const flagged = !answer.flagged;
    setAnswers((all) => all.map((a, i) => (i === index ? { ...a, flagged } : a)));
    save({ position: index, flagged, at: index });
  }

  function go(to: number) {
    if (to < 0 || to >= view.questions.length || to === index) return;
    setIndex(to);
    setHint(null);
    if (!closed) save({ position: to, at: to });
    heading.current?.focus({ preventScroll: false });
  }

  function submit() {
    dialog.current?.close();
    void queue.send("quiz/submit", {}, view.id).then(() => router.replace(resultsUrl));
  }

  // A page shown again from the browser's history (Back, a restored tab) may be older than the attempt: ask
  // the server where it stands, as a save of the question on screen. Closed meanwhile: show the results;
  // open: the countdown takes the server's time left. A page from the back/forward cache is loaded afresh.
  useEffect(() => {
    const position = view.currentIndex;
    void queue.send("quiz/answer", { position, at: position }, view.id).then((outcome) => {
      if (outcome.status === "conflict") router.replace(resultsUrl);
      else if (outcome.status === "ok") resyncClock(endsAt, outcome.reply.remainingMs);
    });
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) window.location.reload();
    };
    window.addEventListener("pageshow", onPageShow);
    return () => window.removeEventListener("pageshow", onPageShow);
  }, [queue, view.id, view.currentIndex, resultsUrl, router]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || dialog.current?.open) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest("textarea, input[type=text], input[type=number], select")) return;
      const key = optionKeyFor(event.key, question.options);
      if (key && event.shiftKey) {
        event.preventDefault();
        toggleStrike(key);
      } else if (key) {
        event.preventDefault();
        choose(key);
      } else if (event.key === "f" || event.key === "F") {
        event.preventDefault();
        toggleFlag();
      } else if (event.key === "n" || event.key === "N" || (event.key === "Enter" && !target?.closest("button, a"))) {
        event.preventDefault();
        go(index + 1);
      } else if (event.key === "p" || event.key === "P") {
        event.preventDefault();
        go(index - 1);
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  });
  const rootRef = useReadyMarker<HTMLDivElement>();

  // Leaving while an answer is still being sent would lose it: ask the browser to confirm.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (queue.pending > 0) event.preventDefault();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [queue]);

  const unanswered = answers.filter((a) => a.selected.length === 0).length;
  const flagged = answers.filter((a) => a.flagged).length;
  const lowTime = remaining < 5 * 60_000;

  return (
    <div className="exam" ref={rootRef}>
      <div className="exam-bar">
        <p className={`exam-timer${lowTime ? " low" : ""}`}>
          <span className="visually-hidden">Time left: </span>
          <span role="timer" aria-live="off">
            {formatClock(remaining)}
          </span>
        </p>
        <p className="exam-counts">
          {view.questions.length - unanswered} of {view.questions.length} answered · {flagged} flagged ·{" "}
          <span className="save-state" data-saving={saving > 0}>
            {saving > 0 ? "Saving…" : "All answers saved"}
          </span>
        </p>
        <button type="button" className="button" onClick={() => dialog.current?.showModal()} disabled={!!closed}>
          Submit exam
        </button>
      </div>
      <div role="status" aria-live="polite" className="study-status">
        {trouble && <p className="notice error">{trouble}</p>}
        {hint && <p className="notice info">{hint}</p>}
        {closed && (
          <p className="notice error">
            {closed} <a href={resultsUrl}>See your results</a>
          </p>
        )}
        {remaining > 0 && remaining <= 60_000 && !closed && <p className="notice">Less than a minute left.</p>}
      </div>

      <div className="exam-layout">
        <section className="panel exam-question" aria-labelledby="question-heading">
          <h2 id="question-heading" ref={heading} tabIndex={-1}>
            Question {index + 1} of {view.questions.length}
            {answer.flagged && <span className="badge flag">Flagged</span>}
          </h2>
          <p className="item-meta">{question.topicTitle}</p>
          <Markdown className="question-stem" html={question.stemHtml} />
          <OptionList question={question} selected={answer.selected} onToggle={closed ? undefined : choose} struck={answer.struck} onStrike={closed ? undefined : toggleStrike} />
          <div className="exam-nav">
            <button type="button" className="button secondary" onClick={() => go(index - 1)} disabled={index === 0} aria-keyshortcuts="P">
              Previous
            </button>
            <button type="button" className="button secondary" onClick={toggleFlag} aria-pressed={answer.flagged} disabled={!!closed} aria-keyshortcuts="F">
              {answer.flagged ? "Unflag" : "Flag for review"}
            </button>
            <button type="button" className="button" onClick={() => go(index + 1)} disabled={index === view.questions.length - 1} aria-keyshortcuts="N Enter">
              Next
            </button>
          </div>
        </section>

        <nav className="panel palette" aria-label="All questions">
          <h2 className="palette-title">Questions</h2>
          <ol>
            {answers.map((a, i) => {
              const state = [a.selected.length ? "answered" : "unanswered", a.flagged ? "flagged" : null].filter(Boolean).join(", ");
              return (
                <li key={i}>
                  <button
                    type="button"
                    className={`palette-item${a.selected.length ? " answered" : ""}${a.flagged ? " flagged" : ""}`}
                    aria-current={i === index ? "step" : undefined}
                    aria-label={`Question ${i + 1}: ${state}`}
                    onClick={() => go(i)}
                  >
                    {i + 1}
                  </button>
                </li>
              );
            })}
          </ol>
          <p className="palette-legend">
            <span className="palette-item answered" aria-hidden="true" /> answered <span className="palette-item flagged" aria-hidden="true" /> flagged
          </p>
        </nav>
      </div>

      <details className="shortcuts">
        <summary>Keyboard shortcuts</summary>
        <dl>
          <dt>
            <kbd>1</kbd>–<kbd>5</kbd> or <kbd>A</kbd>–<kbd>E</kbd>
          </dt>
          <dd>Choose an option (again to clear a multiple-response choice)</dd>
          <dt>
            <kbd>N</kbd> or <kbd>Enter</kbd>, <kbd>P</kbd>
          </dt>
          <dd>Next and previous question</dd>
          <dt>
            <kbd>F</kbd>
          </dt>
          <dd>Flag or unflag for review</dd>
        </dl>
      </details>

      <dialog ref={dialog} className="panel confirm" aria-labelledby="confirm-title">
        <h2 id="confirm-title">Submit the exam?</h2>
        <p>
          {unanswered === 0 ? "Every question is answered." : `${unanswered} ${unanswered === 1 ? "question is" : "questions are"} unanswered and will count as wrong.`}{" "}
          {flagged > 0 ? `${flagged} ${flagged === 1 ? "is" : "are"} flagged for review.` : ""} Once submitted, answers can&apos;t change.
        </p>
        <div className="actions">
          <button type="button" className="button" onClick={submit}>
            Submit now
          </button>
          <button type="button" className="button secondary" onClick={() => dialog.current?.close()}>
            Keep working
          </button>
        </div>
      </dialog>
    </div>
  );
}
