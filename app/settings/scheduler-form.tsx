"use client";

import { FormField, FormMessage } from "@/app/_components/form-field";
import type { FormState } from "@/app/_lib/actions/form-state";
import { saveScheduler } from "@/app/_lib/actions/study";
import { useFormAction } from "@/app/_lib/client/use-form-action";
import { RETENTION_MAX, RETENTION_MIN } from "@/app/_lib/srs/fsrs-settings";

/** Settings → Study → Scheduler: SM-2 or FSRS, and FSRS's desired retention. */
export function SchedulerForm({ scheduler, desiredRetention }: { scheduler: string; desiredRetention: number }) {
  const [state, form, pending] = useFormAction<FormState>(saveScheduler, {});
  const errors = state.errors?.scheduler;
  return (
    <form className="panel form" {...form} aria-labelledby="scheduler-title" id="scheduler" noValidate>
      <h2 id="scheduler-title">Scheduler</h2>
      <fieldset className="choices" aria-describedby={errors?.length ? "scheduler-error" : undefined}>
        <legend>Which scheduler picks each card&apos;s next review</legend>
        <label className="checkbox">
          <input type="radio" name="scheduler" value="sm2" defaultChecked={scheduler !== "fsrs"} /> SM-2: grades 0 to 5, intervals from a per-card ease (the classic
          SuperMemo algorithm)
        </label>
        <label className="checkbox">
          <input type="radio" name="scheduler" value="fsrs" defaultChecked={scheduler === "fsrs"} /> FSRS: Again, Hard, Good, Easy, intervals from a model of your
          memory (what Anki uses now)
        </label>
        {errors?.length ? (
          <p className="field-error" id="scheduler-error">
            {errors.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <FormField
        name="desiredRetention"
        label="Desired retention under FSRS (%)"
        hint="How likely you want to be to remember a card when it comes back: higher means more reviews, lower means more forgetting."
        type="number"
        inputMode="decimal"
        min={RETENTION_MIN * 100}
        max={RETENTION_MAX * 100}
        step={1}
        defaultValue={Math.round(desiredRetention * 1000) / 10}
        required
        errors={state.errors?.desiredRetention}
      />
      <p className="muted">Switching converts every card&apos;s schedule and keeps your whole review log, so you can switch back at any time.</p>
      <FormMessage ok={state.ok} message={state.message} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save scheduler"}
      </button>
    </form>
  );
}
