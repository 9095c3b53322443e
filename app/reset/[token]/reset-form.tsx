"use client";

import Link from "next/link";
import { FormField, FormMessage } from "@/app/_components/form-field";
import type { FormState } from "@/app/_lib/actions/form-state";
import { resetPassword } from "@/app/_lib/actions/reset";
import { useFormAction } from "@/app/_lib/client/use-form-action";

export function ResetForm({ token }: { token: string }) {
  const [state, form, pending] = useFormAction<FormState>(resetPassword.bind(null, token), {});
  if (state.ok) {
    return (
      <div className="panel form">
        <FormMessage ok message={state.message} />
        <Link className="button" href="/signin">
          Sign in
        </Link>
      </div>
    );
  }
  return (
    <form {...form} className="panel form" noValidate>
      <FormField name="newPassword" label="New password" type="password" autoComplete="new-password" hint="At least 8 characters." required errors={state.errors?.newPassword} />
      <FormField name="confirmPassword" label="New password again" type="password" autoComplete="new-password" required errors={state.errors?.confirmPassword} />
      <FormMessage message={state.message} />
      <button className="button" type="submit" disabled={pending}>
        Set my password
      </button>
    </form>
  );
}
