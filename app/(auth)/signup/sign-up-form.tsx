"use client";

import { useEffect, useRef } from "react";
import { FormField, FormMessage } from "@/app/_components/form-field";
import type { FormState } from "@/app/_lib/actions/form-state";
import { signUp } from "@/app/_lib/actions/account";
import { browserTimeZone } from "@/app/_lib/client/browser-time-zone";
import { useFormAction } from "@/app/_lib/client/use-form-action";

/** Creates the account and signs in, in one server action: it works the same before the page has hydrated. */
export function SignUpForm({ invite }: { invite?: string }) {
  const [state, form, pending] = useFormAction<FormState>(signUp, {});
  const timeZone = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (timeZone.current) timeZone.current.value = browserTimeZone();
  }, []);
  return (
    <form className="panel form" {...form} noValidate>
      {invite && <input type="hidden" name="invite" value={invite} />}
      <input ref={timeZone} type="hidden" name="timeZone" defaultValue="" />
      <FormField name="email" label="Email" type="email" autoComplete="email" required errors={state.errors?.email} />
      <FormField name="name" label="Display name" hint="Shown to your study group." autoComplete="nickname" required maxLength={60} errors={state.errors?.name} />
      <FormField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters. A passphrase of a few words is easy to remember and hard to guess."
        required
        errors={state.errors?.password}
      />
      <FormMessage ok={state.ok} message={state.message} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
