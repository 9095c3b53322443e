"use client";

import { useEffect, useRef, useState } from "react";
import { FormField, FormMessage } from "@/app/_components/form-field";
import { addQuestionAction, editQuestionAction } from "@/app/_lib/actions/decks";
import type { FormState } from "@/app/_lib/actions/form-state";
import { useFormAction } from "@/app/_lib/client/use-form-action";
import { DomainSelect } from "@/app/_components/domain-select";
import { MAX_OPTIONS, MIN_OPTIONS } from "@/app/_lib/decks/schemas";
import { letterAt } from "@/app/_lib/quiz/letters";
import { MarkdownField, useLivePreviews } from "./markdown-field";

/** A question being edited: its Markdown and stored HTML (the first previews), topic, domain and tags. */
export interface QuestionDraft {
  itemId: string;
  stemMd: string;
  stemHtml: string;
  options: { text: string; explanation: string; correct: boolean; textHtml: string; explanationHtml: string }[];
  topicSlug: string;
  domain: string;
  tags: string;
}

/** A new question starts with four options, as most exam questions have. */
const BLANK_ROWS = [0, 1, 2, 3];

/**
 * The deck's author writes a question (`id`: chosen when the page rendered, so a double click adds it once) or
 * edits one (`draft`): the stem, 2–6 options each with its explanation, all in Markdown with live previews, the
 * correct ones ticked, its topic (one of the deck's), exam domain and tags. Options are added and removed with
 * buttons; each is a fieldset named by its letter, and focus follows an added or removed option.
 */
export function QuestionForm({ deckId, id, draft, topics, defaultTopic }: { deckId: string; id?: string; draft?: QuestionDraft; topics: { slug: string; title: string }[]; defaultTopic: string }) {
  const [state, form, pending] = useFormAction<FormState>(draft ? editQuestionAction : addQuestionAction, {});
  const formRef = useRef<HTMLFormElement>(null);
  const initial = draft && {
    stem: draft.stemHtml,
    ...Object.fromEntries(draft.options.flatMap((option, index) => [[`option-${index}-text`, option.textHtml], [`option-${index}-explanation`, option.explanationHtml]])),
  };
  const [previews, showPreview] = useLivePreviews(state, { initial, clearOnSuccess: !draft });
  // Rows are keyed, so removing one keeps what was typed in the others; a new question's success starts over.
  const [rows, setRows] = useState<{ since: FormState; keys: number[] }>({ since: state, keys: draft ? draft.options.map((_, index) => index) : BLANK_ROWS });
  const keys = !draft && state.ok && rows.since !== state ? BLANK_ROWS : rows.keys;
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    if (state.ok && !draft) formRef.current?.reset();
  }, [state, draft]);

  useEffect(() => {
    if (focusNext.current) document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  }, [keys]);

  function addOption() {
    const key = Math.max(-1, ...keys) + 1;
    focusNext.current = `option-${key}-text`;
    setRows({ since: state, keys: [...keys, key] });
  }

  function removeOption(index: number) {
    const left = keys.filter((_, i) => i !== index);
    const next = left[Math.min(index, left.length - 1)];
    focusNext.current = next === undefined ? null : `option-${next}-text`;
    setRows({ since: state, keys: left });
  }

  const errors = (name: string) => state.errors?.[name];
  const optionsError = errors("options");
  return (
    <form className="panel form question-form" {...form} ref={formRef} aria-labelledby="question-form-title" noValidate>
      <h2 id="question-form-title">{draft ? "Edit the question" : "Add a question"}</h2>
      <input type="hidden" name="deckId" value={deckId} />
      {draft ? <input type="hidden" name="itemId" value={draft.itemId} /> : <input type="hidden" name="id" value={id} />}
      <MarkdownField
        id="question-stem"
        name="stem"
        label="Question (the scenario and what it asks)"
        previewLabel="Preview of the question"
        rows={5}
        defaultValue={draft?.stemMd}
        errors={errors("stem")}
        preview={previews.stem}
        onText={(text) => showPreview("stem", text)}
      />
      <fieldset className="option-editors" aria-describedby={optionsError ? "question-options-error" : "question-options-hint"}>
        <legend>Options</legend>
        <p className="field-hint" id="question-options-hint">
          {MIN_OPTIONS} to {MAX_OPTIONS} options. Tick every correct one (more than one makes it a &ldquo;choose N&rdquo; question), and explain each, right or wrong. Quizzes show them in a shuffled order.
        </p>
        {optionsError && (
          <p className="field-error" id="question-options-error">
            {optionsError.join(" ")}
          </p>
        )}
        <ol className="option-editor-list">
          {keys.map((key, index) => {
            const letter = letterAt(index);
            const name = `options.${index}`;
            const original = draft?.options[key];
            return (
              <li key={key}>
                <fieldset className="option-editor">
                  <legend>Option {letter}</legend>
                  <MarkdownField
                    id={`option-${key}-text`}
                    name={`${name}.text`}
                    label="Text"
                    previewLabel={`Preview of option ${letter}`}
                    rows={2}
                    maxLength={2_000}
                    emptyPreview="Its preview shows here."
                    defaultValue={original?.text}
                    errors={errors(`${name}.text`)}
                    preview={previews[`option-${key}-text`]}
                    onText={(text) => showPreview(`option-${key}-text`, text)}
                  />
                  <div className="checkbox">
                    <input id={`option-${key}-correct`} name={`${name}.correct`} type="checkbox" defaultChecked={original?.correct} />
                    <label htmlFor={`option-${key}-correct`}>Correct</label>
                  </div>
                  <MarkdownField
                    id={`option-${key}-explanation`}
                    name={`${name}.explanation`}
                    label="Why it is right or wrong"
                    previewLabel={`Preview of option ${letter}'s explanation`}
                    rows={2}
                    maxLength={5_000}
                    emptyPreview="Its preview shows here."
                    defaultValue={original?.explanation}
                    errors={errors(`${name}.explanation`)}
                    preview={previews[`option-${key}-explanation`]}
                    onText={(text) => showPreview(`option-${key}-explanation`, text)}
                  />
                  {keys.length > MIN_OPTIONS && (
                    <button type="button" className="button secondary small" onClick={() => removeOption(index)}>
                      Remove option {letter}
                    </button>
                  )}
                </fieldset>
              </li>
            );
          })}
        </ol>
        {keys.length < MAX_OPTIONS && (
          <button type="button" className="button secondary small" onClick={addOption}>
            Add an option
          </button>
        )}
      </fieldset>
      <div className="inline-fields">
        <div className="field">
          <label htmlFor="question-topic">Topic</label>
          <select id="question-topic" name="topic" defaultValue={draft?.topicSlug ?? defaultTopic} aria-invalid={errors("topic") ? true : undefined} aria-describedby={errors("topic") ? "question-topic-error" : undefined}>
            {topics.map((topic) => (
              <option key={topic.slug} value={topic.slug}>
                {topic.title}
              </option>
            ))}
          </select>
          {errors("topic") && (
            <p className="field-error" id="question-topic-error">
              {errors("topic")!.join(" ")}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="question-domain">Exam domain</label>
          <DomainSelect id="question-domain" defaultValue={draft?.domain} />
        </div>
      </div>
      <FormField name="tags" id="question-tags" label="Tags (optional)" hint="Words separated by spaces or commas, e.g. lambda concurrency." defaultValue={draft?.tags} errors={errors("tags")} />
      <FormMessage ok={state.ok} message={state.message} />
      <button className="button" type="submit" disabled={pending}>
        {draft ? (pending ? "Saving…" : "Save the question") : pending ? "Adding…" : "Add question"}
      </button>
    </form>
  );
}
