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

/** A form field as a string, or undefined: never trusts FormData to hold text. */
export function field(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
}
