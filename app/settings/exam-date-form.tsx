"use client";

import { FormField, FormMessage } from "@/app/_components/form-field";
import type { FormState } from "@/app/_lib/actions/form-state";
import { saveExamDateAction } from "@/app/_lib/actions/study";
import { useFormAction } from "@/app/_lib/client/use-form-action";
import { MAX_CRAM_DAYS } from "@/app/_lib/stats/exam-plan";

/** Settings → Exam date: optional; the home and progress pages count the days to it and plan them. */
export function ExamDateForm({ examDate, cramDays, today }: { examDate: string | null; cramDays: number; today: string }) {
  const [state, form, pending] = useFormAction<FormState>(saveExamDateAction, {});
  return (
    <form className="panel form" {...form} aria-labelledby="exam-date-title" id="exam-date" noValidate>
      <h2 id="exam-date-title">Exam date</h2>
      <FormField
        name="examDate"
        label="When you sit the exam (optional)"
        hint="In your time zone. Leave it empty if you haven't booked it."
        type="date"
        min={today}
        defaultValue={examDate ?? ""}
        errors={state.errors?.examDate}
      />
      <FormField
        name="cramDays"
        label="Cram session: days before the exam"
        hint={`From this many days before the exam, Study offers a cram session of the cards you are likely to have forgotten by then (0: the exam day only, at most ${MAX_CRAM_DAYS}).`}
        type="number"
        inputMode="numeric"
        min={0}
        max={MAX_CRAM_DAYS}
        defaultValue={cramDays}
        required
        errors={state.errors?.cramDays}
      />
      <FormMessage ok={state.ok} message={state.message} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save exam date"}
      </button>
    </form>
  );
}
