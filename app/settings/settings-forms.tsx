"use client";

import { signOut } from "next-auth/react";
import { useActionState, useEffect } from "react";
import { FormField, FormMessage } from "../_components/form-field";
import { changePassword, saveProfile } from "../_lib/actions/account";
import type { FormState } from "../_lib/actions/form-state";

export function ProfileForm({ name, hiddenFromGroup }: { name: string; hiddenFromGroup: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveProfile, {});
  return (
    <form className="panel form" action={action} aria-labelledby="profile-title" noValidate>
      <h2 id="profile-title">Profile</h2>
      <FormField name="name" label="Display name" defaultValue={name} maxLength={60} required errors={state.errors?.name} />
      <div className="checkbox">
        <input id="hiddenFromGroup" name="hiddenFromGroup" type="checkbox" defaultChecked={hiddenFromGroup} />
        <label htmlFor="hiddenFromGroup">Hide me from the group page</label>
      </div>
      <FormMessage ok={state.ok} message={state.message} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save profile"}
      </button>
    </form>
  );
}

export function PasswordForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(changePassword, {});
  // The password change ended every session, this one too: finish signing out and go to sign-in.
  useEffect(() => {
    if (state.ok) void signOut({ callbackUrl: "/signin?notice=password-changed" });
  }, [state.ok]);
  return (
    <form className="panel form" action={action} aria-labelledby="password-title" noValidate>
      <h2 id="password-title">Password</h2>
      <FormField name="currentPassword" label="Current password" type="password" autoComplete="current-password" required errors={state.errors?.currentPassword} />
      <FormField name="newPassword" label="New password" type="password" autoComplete="new-password" hint="At least 8 characters." required errors={state.errors?.newPassword} />
      <FormField name="confirmPassword" label="New password again" type="password" autoComplete="new-password" required errors={state.errors?.confirmPassword} />
      <FormMessage ok={state.ok} message={state.message} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
