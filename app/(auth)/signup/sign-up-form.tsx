"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { FormField, FormMessage } from "../../_components/form-field";
import type { FormState } from "../../_lib/actions/form-state";
import { signUp } from "../../_lib/actions/account";
import { useFormAction } from "../../_lib/client/use-form-action";

export function SignUpForm({ invite }: { invite?: string }) {
  const router = useRouter();
  // What was sent, for the sign-in that follows (the fields may change while the action runs).
  const credentials = useRef<{ email: FormDataEntryValue | null; password: FormDataEntryValue | null }>(null);
  const [state, form, pending] = useFormAction<FormState>(signUp, {});

  // The account exists: sign in with the same credentials (next-auth sets the cookie on its own route).
  useEffect(() => {
    if (!state.ok || !credentials.current) return;
    void signIn("credentials", { ...credentials.current, redirect: false }).then(() => {
      router.replace("/");
      router.refresh();
    });
  }, [state, router]);

  return (
    <form
      className="panel form"
      action={form.action}
      onSubmit={(event) => {
        const data = new FormData(event.currentTarget);
        credentials.current = { email: data.get("email"), password: data.get("password") };
        form.onSubmit(event);
      }}
      noValidate
    >
      {invite && <input type="hidden" name="invite" value={invite} />}
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
      <button className="button" type="submit" disabled={pending || state.ok}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
