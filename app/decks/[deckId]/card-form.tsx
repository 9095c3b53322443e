"use client";

import { useEffect, useRef } from "react";
import { FormField, FormMessage } from "@/app/_components/form-field";
import { addCardAction, editCardAction } from "@/app/_lib/actions/decks";
import type { FormState } from "@/app/_lib/actions/form-state";
import { useFormAction } from "@/app/_lib/client/use-form-action";
import { DomainSelect } from "@/app/_components/domain-select";
import { MarkdownField, useLivePreviews } from "./markdown-field";

/** A card being edited: its Markdown, stored HTML (the first previews), domain and tags. */
export interface CardDraft {
  itemId: string;
  frontMd: string;
  backMd: string;
  frontHtml: string;
  backHtml: string;
  domain: string;
  tags: string;
}

/**
 * The deck's author writes a card (`id`: the new card's id, chosen when the page rendered) or edits one
 * (`draft`): front and back in Markdown with a live preview, its exam domain and tags.
 */
export function CardForm({ deckId, id, draft }: { deckId: string; id?: string; draft?: CardDraft }) {
  const [state, form, pending] = useFormAction<FormState>(draft ? editCardAction : addCardAction, {});
  const formRef = useRef<HTMLFormElement>(null);
  const [previews, showPreview] = useLivePreviews(state, { initial: draft && { front: draft.frontHtml, back: draft.backHtml }, clearOnSuccess: !draft });

  useEffect(() => {
    // A new card's form empties for the next one; an edited card's keeps what was saved.
    if (state.ok && !draft) formRef.current?.reset();
  }, [state, draft]);

  const title = draft ? "Edit the card" : "Add a card";
  return (
    <form className="panel form card-form" {...form} ref={formRef} aria-labelledby="card-form-title" noValidate>
      <h2 id="card-form-title">{title}</h2>
      <input type="hidden" name="deckId" value={deckId} />
      {/* A new id each time the page renders (after every card added): a double click sends this one twice. */}
      {draft ? <input type="hidden" name="itemId" value={draft.itemId} /> : <input type="hidden" name="id" value={id} />}
      <MarkdownField
        id="card-front"
        name="front"
        label="Front (the question)"
        previewLabel="Preview of the front"
        defaultValue={draft?.frontMd}
        errors={state.errors?.front}
        preview={previews.front}
        onText={(text) => showPreview("front", text)}
      />
      <MarkdownField
        id="card-back"
        name="back"
        label="Back (the answer)"
        previewLabel="Preview of the back"
        defaultValue={draft?.backMd}
        errors={state.errors?.back}
        preview={previews.back}
        onText={(text) => showPreview("back", text)}
      />
      <div className="field">
        <label htmlFor="card-domain">Exam domain</label>
        <DomainSelect id="card-domain" defaultValue={draft?.domain} />
      </div>
      <FormField name="tags" id="card-tags" label="Tags (optional)" hint="Words separated by spaces or commas, e.g. lambda limits." defaultValue={draft?.tags} errors={state.errors?.tags} />
      <FormMessage ok={state.ok} message={state.message} />
      <button className="button" type="submit" disabled={pending}>
        {draft ? (pending ? "Saving…" : "Save the card") : pending ? "Adding…" : "Add card"}
      </button>
    </form>
  );
}
