"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormField, FormMessage } from "../../_components/form-field";

/** Signs in through next-auth's credentials endpoint and shows its answer (wrong password, rate limit) in place. */
export function SignInForm({ callbackUrl, notice }: { callbackUrl: string; notice?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    const result = await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false });
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
    } else {
      setError(result?.error && result.error !== "CredentialsSignin" ? result.error : "Incorrect email or password.");
    }
  }

  return (
    <form className="panel form" onSubmit={onSubmit} noValidate>
      {notice && <p className="form-message ok">{notice}</p>}
      <FormField name="email" label="Email" type="email" autoComplete="email" required />
      <FormField name="password" label="Password" type="password" autoComplete="current-password" required />
      <FormMessage message={error} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
