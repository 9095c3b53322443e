import { z } from "zod";

/** What every form action returns to useActionState: field errors, a message, and whether it worked. */
export interface FormState {
  ok?: boolean;
  message?: string;
  errors?: Record<string, string[] | undefined>;
}

export function invalid(error: z.ZodError, message = "Please fix the highlighted fields."): FormState {
  return { ok: false, message, errors: z.flattenError(error).fieldErrors as Record<string, string[] | undefined> };
}

/**
 * Like `invalid`, for forms with repeated fields (a question's options): each error under its whole path, so
 * "options.1.text" is the second option's text and "options" the options as a whole.
 */
export function invalidByPath(error: z.ZodError, message = "Please fix the highlighted fields."): FormState {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[issue.path.join(".")] ??= []).push(issue.message);
  return { ok: false, message, errors };
}

/** A form field as a string, or undefined: never trusts FormData to hold text. */
export function field(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
}
