"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { CorrectionNote } from "@/app/_components/correction-note";
import { Markdown } from "@/app/_components/markdown";
import { createEndpointClient } from "@/app/_lib/client/endpoint-client";
import { useReadyMarker } from "@/app/_lib/client/use-ready-marker";
import type { AttemptView, SolutionView } from "@/app/_lib/dal/quiz";
import { optionKeyFor, overPick, toggleChoice } from "@/app/_lib/quiz/keys";
import { OptionList, SolutionFacts } from "./option-list";

/** Practice: answer, check (Enter), read every option's explanation, then on to the next (Enter again). */
export function PracticeSession({ view }: { view: AttemptView }) {
  const firstOpen = view.questions.findIndex((q) => !q.checked);
  const [index, setIndex] = useState(firstOpen === -1 ? view.questions.length - 1 : firstOpen);
  const [selections, setSelections] = useState<string[][]>(() => view.questions.map((q) => q.selected));
  const [solutions, setSolutions] = useState<(SolutionView | null)[]>(() => view.questions.map((q) => q.solution));
  const [finished, setFinished] = useState(!view.open);
  const [checking, setChecking] = useState(false);
  const [saving, setSaving] = useState(0);
  const [trouble, setTrouble] = useState<string | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const queue = useMemo(() => createEndpointClient(setTrouble, setSaving), []);
  const heading = useRef<HTMLHeadingElement>(null);
  const verdictRef = useRef<HTMLParagraphElement>(null);

  const question = view.questions[index]!;
  const selected = selections[index]!;
  const solution = solutions[index] ?? null;
  const last = index === view.questions.length - 1;

  function choose(key: string) {
    if (solution) return;
    setHint(overPick(selected, key, question.choose));
    setSelections((all) => all.map((s, i) => (i === index ? toggleChoice(s, key, question.choose) : s)));
  }

  function check() {
    if (solution || checking) return;
    if (selected.length === 0) {
      setTrouble("Choose an answer first.");
      return;
    }
    setChecking(true);
    setTrouble(null);
    const position = index;
    void queue.send("quiz/check", { position, selected }, view.id).then((outcome) => {
      setChecking(false);
      const reply = outcome.reply;
      if (outcome.status !== "ok" || !reply.solution) {
        setTrouble(reply.error ?? "The answer couldn't be checked.");
        return;
      }
      setSolutions((all) => all.map((s, i) => (i === position ? (reply.solution ?? null) : s)));
      if (reply.selected) setSelections((all) => all.map((s, i) => (i === position ? reply.selected! : s)));
      if (reply.finished) setFinished(true);
    });
  }

  function next() {
    if (!solution || last) return;
    setIndex(index + 1);
  }

  useEffect(() => {
    if (solution) verdictRef.current?.focus();
    else heading.current?.focus();
  }, [index, solution]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof Element ? event.target : null;
      const key = optionKeyFor(event.key, question.options);
      if (key) {
        event.preventDefault();
        choose(key);
      } else if (event.key === "Enter" && !target?.closest("button, a")) {
        event.preventDefault();
        if (solution) next();
        else check();
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  });
  const rootRef = useReadyMarker<HTMLDivElement>();

  const done = solutions.filter(Boolean).length;
  const right = solutions.filter((s) => s?.correct).length;
  return (
    <div className="practice" ref={rootRef}>
      <p className="exam-counts">
        {done} of {view.questions.length} checked · {right} right
        {saving > 0 && <span className="save-state" data-saving="true"> Saving…</span>}
      </p>
      <div role="status" aria-live="polite" className="study-status">
        {trouble && <p className="notice error">{trouble}</p>}
        {hint && <p className="notice info">{hint}</p>}
      </div>
      <section className="panel exam-question" aria-labelledby="question-heading">
        <h2 id="question-heading" ref={heading} tabIndex={-1}>
          Question {index + 1} of {view.questions.length}
        </h2>
        <p className="item-meta">{question.topicTitle}</p>
        <Markdown className="question-stem" html={question.stemHtml} />
        <OptionList question={question} selected={selected} onToggle={solution ? undefined : choose} solution={solution} />
        {solution && (
          <div className="solution">
            <p className={`verdict-banner ${solution.correct ? "right" : "wrong"}`} ref={verdictRef} tabIndex={-1}>
              {solution.correct ? "Right." : "Not quite: this question is now in your reviews."}
            </p>
            <SolutionFacts solution={solution} />
            {solution.correction && <CorrectionNote correction={solution.correction} />}
          </div>
        )}
        <div className="exam-nav">
          {!solution ? (
            <button type="button" className="button" onClick={check} disabled={checking} aria-keyshortcuts="Enter">
              Check answer <kbd>Enter</kbd>
            </button>
          ) : !last ? (
            <button type="button" className="button" onClick={next} aria-keyshortcuts="Enter">
              Next question <kbd>Enter</kbd>
            </button>
          ) : null}
          {finished && (
            <a className="button secondary" href={`/quiz/${view.id}/results`}>
              See the results
            </a>
          )}
        </div>
      </section>
      <p className="muted shortcuts-line">
        Keys: <kbd>1</kbd>–<kbd>5</kbd> or <kbd>A</kbd>–<kbd>E</kbd> choose, <kbd>Enter</kbd> checks and moves on.
      </p>
    </div>
  );
}
