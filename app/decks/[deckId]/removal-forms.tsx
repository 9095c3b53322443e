"use client";

import { FormMessage } from "@/app/_components/form-field";
import { removeDeckAction, retireItemAction } from "@/app/_lib/actions/decks";
import type { FormState } from "@/app/_lib/actions/form-state";
import { useFormAction } from "@/app/_lib/client/use-form-action";

// Both take two steps: open the section, read what happens, then press the button that says it.

/** An item's edit page → retire the card or question. */
export function RetireItemForm({ deckId, itemId, kind }: { deckId: string; itemId: string; kind: "card" | "question" }) {
  const [state, form, pending] = useFormAction<FormState>(retireItemAction, {});
  return (
    <details className="danger-zone panel">
      <summary>Retire this {kind}…</summary>
      <form {...form} className="form">
        <input type="hidden" name="deckId" value={deckId} />
        <input type="hidden" name="itemId" value={itemId} />
        <input type="hidden" name="kind" value={kind} />
        <p>
          The {kind} leaves the deck, every member&apos;s study queue and quizzes, and every count. What members have already reviewed stays in their history. It can&apos;t be brought back here: write it
          again if you need it.
        </p>
        <FormMessage ok={state.ok} message={state.message} />
        <button className="button danger" type="submit" disabled={pending}>
          {pending ? "Retiring…" : `Retire the ${kind}`}
        </button>
      </form>
    </details>
  );
}

/** A deck's page → remove the deck: its author, or the admin for a deck shared with the group. */
export function RemoveDeckForm({ deckId, title, asAdmin }: { deckId: string; title: string; asAdmin: boolean }) {
  const [state, form, pending] = useFormAction<FormState>(removeDeckAction, {});
  return (
    <details className="danger-zone panel">
      <summary>Remove this deck…</summary>
      <form {...form} className="form">
        <input type="hidden" name="deckId" value={deckId} />
        <p>
          {asAdmin ? "As the group's admin you are removing a deck another member shared with the group. " : ""}
          &ldquo;{title}&rdquo; and all its cards and questions leave /decks and every member&apos;s study, quizzes and counts. Members&apos; past reviews stay in their history. It can&apos;t be undone
          here.
        </p>
        <FormMessage ok={state.ok} message={state.message} />
        <button className="button danger" type="submit" disabled={pending}>
          {pending ? "Removing…" : "Remove the deck"}
        </button>
      </form>
    </details>
  );
}
