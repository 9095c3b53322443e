"use client";

import { FormField, FormMessage } from "@/app/_components/form-field";
import type { FormState } from "@/app/_lib/actions/form-state";
import { saveExamDateAction } from "@/app/_lib/actions/study";
import { useFormAction } from "@/app/_lib/client/use-form-action";

/** Settings → Exam date: optional; the progress page counts the days to it. */
export function ExamDateForm({ examDate, today }: { examDate: string | null; today: string }) {
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
      <FormMessage ok={state.ok} message={state.message} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save exam date"}
      </button>
    </form>
  );
}
