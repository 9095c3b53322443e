/** A labelled input with its error tied to it for screen readers (aria-describedby, aria-invalid). */
export function FormField({
  name,
  label,
  errors,
  hint,
  ...input
}: {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
} & React.InputHTMLAttributes<HTMLInputElement>) {
  // Several forms on one page (one per member) pass their own id; the name alone would repeat.
  const inputId = input.id ?? name;
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <input {...input} id={inputId} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy} />
      {errors?.length ? (
        <p className="field-error" id={errorId}>
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** The form's overall result, announced politely. */
export function FormMessage({ ok, message }: { ok?: boolean; message?: string }) {
  return (
    <p className={ok ? "form-message ok" : "form-message"} role="status" aria-live="polite">
      {message}
    </p>
  );
}
