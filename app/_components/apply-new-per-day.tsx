"use client";

import { FormMessage } from "@/app/_components/form-field";
import type { FormState } from "@/app/_lib/actions/form-state";
import { applyPlanNewPerDay } from "@/app/_lib/actions/study";
import { useFormAction } from "@/app/_lib/client/use-form-action";

/**
 * The exam plan's one click: the new-card limit becomes the plan's figure. Once it is, only the message stays
 * (the page re-renders with the new limit, and the form keeps its place so the message is still read out).
 */
export function ApplyNewPerDay({ newPerDay, current }: { newPerDay: number; current: number }) {
  const [state, form, pending] = useFormAction<FormState>(applyPlanNewPerDay, {});
  return (
    <form className="inline-form" {...form} aria-label="Apply the plan's new cards a day">
      <input type="hidden" name="newPerDay" value={newPerDay} />
      {newPerDay !== current && (
        <button className="button secondary" type="submit" disabled={pending}>
          {pending ? "Setting…" : `Set my limit to ${newPerDay} a day`}
        </button>
      )}
      <FormMessage ok={state.ok} message={state.message} />
    </form>
  );
}
