"use client";

import { useEffect, useRef, useState, type ChangeEvent } from "react";
import { FormField, FormMessage } from "@/app/_components/form-field";
import { Markdown } from "@/app/_components/markdown";
import { addCardAction, previewMarkdown } from "@/app/_lib/actions/decks";
import type { FormState } from "@/app/_lib/actions/form-state";
import { useFormAction } from "@/app/_lib/client/use-form-action";
import { EXAM_DOMAINS } from "@/app/_lib/content/schema";

const PREVIEW_DELAY_MS = 250;

/** A Markdown side of a card, with its preview rendered by the server's sanitizing renderer as you type. */
function MarkdownSide({ name, label, errors, preview, onText }: { name: string; label: string; errors?: string[]; preview: string; onText: (text: string) => void }) {
  return (
    <div className="field markdown-side">
      <label htmlFor={`card-${name}`}>{label}</label>
      <textarea
        id={`card-${name}`}
        name={name}
        rows={4}
        maxLength={20_000}
        required
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `card-${name}-error` : undefined}
        onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onText(event.target.value)}
      />
      {errors?.length ? (
        <p className="field-error" id={`card-${name}-error`}>
          {errors.join(" ")}
        </p>
      ) : null}
      <section className="preview" aria-label={`Preview of the ${name}`}>
        {preview ? <Markdown html={preview} /> : <p className="muted">The preview shows here as you type (Markdown: **bold**, `code`, lists, tables).</p>}
      </section>
    </div>
  );
}

/** The deck's author writes a card: front and back in Markdown with a live preview, its exam domain and tags. */
export function CardForm({ deckId, id }: { deckId: string; id: string }) {
  const [state, form, pending] = useFormAction<FormState>(addCardAction, {});
  const formRef = useRef<HTMLFormElement>(null);
  // Previews made since the last result; a success empties the form, and its previews go with it.
  const [previews, setPreviews] = useState<{ since: FormState; front: string; back: string }>({ since: state, front: "", back: "" });
  const timers = useRef<Record<string, ReturnType<typeof setTimeout>>>({});

  useEffect(() => {
    if (state.ok) formRef.current?.reset();
  }, [state]);

  function showPreview(side: "front" | "back", text: string) {
    clearTimeout(timers.current[side]);
    timers.current[side] = setTimeout(async () => {
      const html = await previewMarkdown(text);
      setPreviews((current) => ({ ...(current.since === state || !state.ok ? current : { front: "", back: "" }), since: state, [side]: html }));
    }, PREVIEW_DELAY_MS);
  }
  const shown = previews.since === state || !state.ok ? previews : { front: "", back: "" };

  return (
    <form className="panel form card-form" {...form} ref={formRef} aria-labelledby="card-form-title" noValidate>
      <h2 id="card-form-title">Add a card</h2>
      <input type="hidden" name="deckId" value={deckId} />
      {/* A new id each time the page renders (after every card added): a double click sends this one twice. */}
      <input type="hidden" name="id" value={id} />
      <MarkdownSide name="front" label="Front (the question)" errors={state.errors?.front} preview={shown.front} onText={(text) => showPreview("front", text)} />
      <MarkdownSide name="back" label="Back (the answer)" errors={state.errors?.back} preview={shown.back} onText={(text) => showPreview("back", text)} />
      <div className="field">
        <label htmlFor="card-domain">Exam domain</label>
        <select id="card-domain" name="domain" defaultValue="development">
          {Object.entries(EXAM_DOMAINS).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <FormField name="tags" id="card-tags" label="Tags (optional)" hint="Words separated by spaces or commas, e.g. lambda limits." errors={state.errors?.tags} />
      <FormMessage ok={state.ok} message={state.message} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add card"}
      </button>
    </form>
  );
}
