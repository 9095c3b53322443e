"use client";

import { useRef, useState, type ChangeEvent } from "react";
import { Markdown } from "@/app/_components/markdown";
import { previewMarkdown } from "@/app/_lib/actions/decks";
import type { FormState } from "@/app/_lib/actions/form-state";

const PREVIEW_DELAY_MS = 250;

/**
 * Live previews of a form's Markdown fields, by field id, rendered by the server's sanitizing renderer (the one
 * every card and question is stored through), so what the author sees is what members will see. `initial` holds
 * the stored HTML of an item being edited. With `clearOnSuccess`, a success (which empties the form) starts them
 * over; previews asked for before it are dropped.
 */
export function useLivePreviews(state: FormState, { initial = {}, clearOnSuccess = false }: { initial?: Record<string, string>; clearOnSuccess?: boolean } = {}) {
  const [previews, setPreviews] = useState<{ since: FormState; html: Record<string, string> }>({ since: state, html: initial });
  const timers = useRef<Record<string, ReturnType<typeof setTimeout>>>({});
  const stale = (since: FormState) => clearOnSuccess && since !== state && state.ok;

  function show(fieldId: string, text: string) {
    clearTimeout(timers.current[fieldId]);
    timers.current[fieldId] = setTimeout(async () => {
      const html = await previewMarkdown(text);
      setPreviews((current) => ({ since: state, html: { ...(stale(current.since) ? initial : current.html), [fieldId]: html } }));
    }, PREVIEW_DELAY_MS);
  }
  return [stale(previews.since) ? initial : previews.html, show] as const;
}

/** A Markdown field with its preview below it, the field's error tied to it for screen readers. */
export function MarkdownField({
  id,
  name,
  label,
  previewLabel,
  errors,
  preview,
  onText,
  defaultValue,
  rows = 4,
  maxLength = 20_000,
  emptyPreview = "The preview shows here as you type (Markdown: **bold**, `code`, lists, tables).",
}: {
  id: string;
  name: string;
  label: string;
  /** The preview region's name, e.g. "Preview of the front". */
  previewLabel: string;
  errors?: string[];
  preview: string | undefined;
  onText: (text: string) => void;
  defaultValue?: string;
  rows?: number;
  maxLength?: number;
  /** What the preview says before anything is typed. */
  emptyPreview?: string;
}) {
  return (
    <div className="field markdown-side">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        required
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onText(event.target.value)}
      />
      {errors?.length ? (
        <p className="field-error" id={`${id}-error`}>
          {errors.join(" ")}
        </p>
      ) : null}
      <section className="preview" aria-label={previewLabel}>
        {preview ? <Markdown html={preview} /> : <p className="muted">{emptyPreview}</p>}
      </section>
    </div>
  );
}
