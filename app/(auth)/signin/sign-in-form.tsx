"use client";

import { FormField, FormMessage } from "@/app/_components/form-field";
import { signInWithPassword } from "@/app/_lib/actions/sign-in";
import type { FormState } from "@/app/_lib/actions/form-state";
import { useFormAction } from "@/app/_lib/client/use-form-action";

/**
 * Signs in with a server action: before hydration the browser posts the form to it (the password never
 * reaches a URL), after hydration the same action runs without a page load and keeps what was typed.
 */
export function SignInForm({ callbackUrl, notice }: { callbackUrl: string; notice?: string }) {
  const [state, form, pending] = useFormAction<FormState>(signInWithPassword, {});
  return (
    <form className="panel form" {...form} noValidate>
      {notice && <p className="form-message ok">{notice}</p>}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField name="email" label="Email" type="email" autoComplete="email" required errors={state.errors?.email} />
      <FormField name="password" label="Password" type="password" autoComplete="current-password" required errors={state.errors?.password} />
      <FormMessage message={state.message} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
