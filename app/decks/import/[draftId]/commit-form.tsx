"use client";

import { FormField, FormMessage } from "@/app/_components/form-field";
import { commitImportAction, discardImportAction } from "@/app/_lib/actions/deck-import";
import type { FormState } from "@/app/_lib/actions/form-state";
import { useFormAction } from "@/app/_lib/client/use-form-action";

/** The preview's last step: name the deck, then write it (one transaction) or drop the draft. */
export function CommitForm({ draftId, title, what }: { draftId: string; title: string; what: string }) {
  const [state, form, pending] = useFormAction<FormState>(commitImportAction, {});
  return (
    <form className="panel form" {...form} aria-labelledby="commit-title" noValidate>
      <h2 id="commit-title">Import as a new deck</h2>
      <input type="hidden" name="draftId" value={draftId} />
      <FormField name="title" id="import-title" label="Deck title" defaultValue={title.slice(0, 80)} maxLength={80} required errors={state.errors?.title} />
      <FormField name="description" id="import-description" label="Description (optional)" maxLength={300} errors={state.errors?.description} />
      <p className="muted">The deck is yours alone until you share it from its page.</p>
      <FormMessage ok={state.ok} message={state.message} />
      <div className="actions">
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Importing…" : `Import ${what}`}
        </button>
        <button className="button secondary" type="submit" formAction={discardImportAction} formNoValidate disabled={pending}>
          Discard
        </button>
      </div>
    </form>
  );
}
