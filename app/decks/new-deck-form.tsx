"use client";

import { FormField, FormMessage } from "@/app/_components/form-field";
import { createDeckAction } from "@/app/_lib/actions/decks";
import type { FormState } from "@/app/_lib/actions/form-state";
import { useFormAction } from "@/app/_lib/client/use-form-action";

/** /decks → a new deck of the member's own, personal unless they share it. */
export function NewDeckForm({ id }: { id: string }) {
  const [state, form, pending] = useFormAction<FormState>(createDeckAction, {});
  return (
    <form className="panel form" {...form} aria-labelledby="new-deck-title" noValidate>
      <h2 id="new-deck-title">New deck</h2>
      <input type="hidden" name="id" value={id} />
      <FormField name="title" label="Title" maxLength={80} required errors={state.errors?.title} />
      <FormField name="description" label="Description (optional)" maxLength={300} errors={state.errors?.description} />
      <div className="checkbox">
        <input id="new-deck-shared" name="shared" type="checkbox" />
        <label htmlFor="new-deck-shared">Share it with the group (otherwise only you see it)</label>
      </div>
      <FormMessage ok={state.ok} message={state.message} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create deck"}
      </button>
    </form>
  );
}
