"use client";

import { useState, type ReactNode } from "react";
import { FormField, FormMessage } from "@/app/_components/form-field";
import type { FormState } from "@/app/_lib/actions/form-state";
import { startExam, startPractice } from "@/app/_lib/actions/quiz";
import { SECONDS_PER_QUESTION } from "@/app/_lib/quiz/deadline";
import { useFormAction } from "@/app/_lib/client/use-form-action";

interface Topic {
  slug: string;
  title: string;
  questions: number;
}

function TopicChoices({ idPrefix, topics, errors, only }: { idPrefix: string; topics: Topic[]; errors?: string[]; only?: string }) {
  return (
    <fieldset className="choices" aria-describedby={errors?.length ? `${idPrefix}-topics-error` : undefined}>
      <legend>Topics</legend>
      {topics.map((topic) => (
        <div className="checkbox" key={topic.slug}>
          <input id={`${idPrefix}-${topic.slug}`} type="checkbox" name="topics" value={topic.slug} defaultChecked={!only || only === topic.slug} />
          <label htmlFor={`${idPrefix}-${topic.slug}`}>
            {topic.title} <span className="muted">({topic.questions})</span>
          </label>
        </div>
      ))}
      {errors?.length ? (
        <p className="field-error" id={`${idPrefix}-topics-error`}>
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The decks picked above the forms, carried as hidden fields (none: every deck). */
function DeckFields({ decks }: { decks?: string[] }) {
  return decks?.map((id) => <input key={id} type="hidden" name="decks" value={id} />);
}

export function PracticeForm({
  topics,
  startToken,
  only,
  domain,
  decks,
}: {
  topics: Topic[];
  startToken: string;
  only?: string;
  domain?: { key: string; label: string };
  decks?: string[];
}) {
  const [state, form, pending] = useFormAction<FormState>(startPractice, {});
  return (
    <form className="panel form" {...form} aria-labelledby="practice-title" noValidate>
      <h2 id="practice-title">Practice quiz</h2>
      <p className="muted">One question at a time, untimed. Each answer is checked at once, with every option explained.</p>
      <input type="hidden" name="startToken" value={startToken} />
      <DeckFields decks={decks} />
      <TopicChoices idPrefix="practice" topics={topics} errors={state.errors?.topics} only={only} />
      {domain && (
        <div className="checkbox">
          <input id="practice-domain" type="checkbox" name="domain" value={domain.key} defaultChecked />
          <label htmlFor="practice-domain">Only questions in {domain.label}</label>
        </div>
      )}
      <FormField id="practice-count" name="count" label="Questions" type="number" inputMode="numeric" min={1} max={200} defaultValue={10} required errors={state.errors?.count} />
      <FormMessage ok={state.ok} message={state.message} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Starting…" : "Start practice"}
      </button>
    </form>
  );
}

export function ExamForm({
  topics,
  startToken,
  bankSize,
  only,
  decks,
  children,
}: {
  topics: Topic[];
  startToken: string;
  bankSize: number;
  only?: string;
  decks?: string[];
  /** A note on the bank's size, shown above the sizes. */
  children?: ReactNode;
}) {
  const [state, form, pending] = useFormAction<FormState>(startExam, {});
  const [size, setSize] = useState(bankSize >= 20 ? "20" : "all");
  const presets = [
    { value: "20", label: "20 questions in 40 minutes", fits: bankSize >= 20 },
    { value: "40", label: "40 questions in 80 minutes", fits: bankSize >= 40 },
    { value: "65", label: "65 questions in 130 minutes (the real exam's length)", fits: bankSize >= 65 },
    { value: "all", label: `All ${bankSize} questions in ${(bankSize * SECONDS_PER_QUESTION) / 60} minutes`, fits: true },
    { value: "custom", label: "Custom", fits: true },
  ].filter((preset) => preset.fits);
  return (
    <form className="panel form" {...form} aria-labelledby="exam-title" noValidate>
      <h2 id="exam-title">Timed practice exam</h2>
      <p className="muted">
        Like the real DVA-C02: 2 minutes a question, flag questions to review, move freely, and see your score by topic and
        domain at the end. Every answer is saved as you go.
      </p>
      <input type="hidden" name="startToken" value={startToken} />
      <DeckFields decks={decks} />
      <TopicChoices idPrefix="exam" topics={topics} errors={state.errors?.topics} only={only} />
      {children}
      <fieldset className="choices">
        <legend>Size</legend>
        {presets.map((preset) => (
          <div className="checkbox" key={preset.value}>
            <input
              id={`exam-size-${preset.value}`}
              type="radio"
              name="size"
              value={preset.value}
              checked={size === preset.value}
              onChange={() => setSize(preset.value)}
            />
            <label htmlFor={`exam-size-${preset.value}`}>{preset.label}</label>
          </div>
        ))}
      </fieldset>
      {size === "custom" && (
        <div className="inline-fields">
          <FormField id="exam-count" name="count" label="Questions" type="number" inputMode="numeric" min={1} max={200} defaultValue={10} errors={state.errors?.count} />
          <FormField id="exam-minutes" name="minutes" label="Minutes" type="number" inputMode="numeric" min={1} max={400} defaultValue={20} errors={state.errors?.minutes} />
        </div>
      )}
      <FormMessage ok={state.ok} message={state.message} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Starting…" : "Start the exam"}
      </button>
    </form>
  );
}
