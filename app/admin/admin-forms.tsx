"use client";

import { FormField, FormMessage } from "@/app/_components/form-field";
import { cancelInvite, changeMemberRole, deleteMember, makeInvite, makeResetLink, saveSignupMode, type LinkState } from "@/app/_lib/actions/admin";
import type { FormState } from "@/app/_lib/actions/form-state";
import { useFormAction } from "@/app/_lib/client/use-form-action";
import { useRef, useState } from "react";

function OneTimeLink({ path, label }: { path?: string; label: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState("");
  if (!path) return null;
  const url = typeof window === "undefined" ? path : new URL(path, window.location.origin).toString();

  async function copy() {
    try {
      // The Clipboard API needs a secure context; a group's server on a LAN address over http has none.
      if (!navigator.clipboard) throw new Error("no clipboard API");
      await navigator.clipboard.writeText(url);
      setCopied("Copied.");
    } catch {
      input.current?.select();
      setCopied(document.execCommand("copy") ? "Copied." : "Selected: press Ctrl+C (or ⌘C) to copy.");
    }
  }

  return (
    <p className="one-time-link">
      <label>
        {label}
        <input ref={input} readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
      </label>
      <button type="button" className="button small secondary" onClick={copy} aria-label={`Copy the ${label.replace(/^./, (c) => c.toLowerCase())}`}>
        Copy
      </button>
      <span role="status" className="muted">
        {copied}
      </span>
    </p>
  );
}

export function SignupModeForm({ mode }: { mode: "open" | "invite" }) {
  const [state, form, pending] = useFormAction<FormState>(saveSignupMode, {});
  return (
    <form {...form} className="form">
      <fieldset className="choices">
        <legend>Who can create an account?</legend>
        <label>
          <input type="radio" name="mode" value="open" defaultChecked={mode === "open"} /> Anyone who can reach this site
        </label>
        <label>
          <input type="radio" name="mode" value="invite" defaultChecked={mode === "invite"} /> Only people with an invite link
        </label>
      </fieldset>
      <FormMessage ok={state.ok} message={state.message} />
      <button className="button" type="submit" disabled={pending}>
        Save sign-up setting
      </button>
    </form>
  );
}

export function InviteForm() {
  const [state, form, pending] = useFormAction<LinkState>(makeInvite, {});
  return (
    <form {...form} className="form">
      <div className="inline-fields">
        <FormField name="days" label="Valid for (days)" type="number" min={1} max={90} defaultValue={7} required errors={state.errors?.days} />
        <FormField name="maxUses" label="Number of uses" type="number" min={1} max={100} defaultValue={5} required errors={state.errors?.maxUses} />
      </div>
      <FormMessage ok={state.ok} message={state.message} />
      <OneTimeLink path={state.link} label="Invite link" />
      <button className="button" type="submit" disabled={pending}>
        Create invite link
      </button>
    </form>
  );
}

export function RevokeInviteButton({ id }: { id: string }) {
  const [state, form, pending] = useFormAction<FormState>(cancelInvite, {});
  return (
    <form {...form}>
      <input type="hidden" name="id" value={id} />
      <button className="button secondary small" type="submit" disabled={pending}>
        Revoke
      </button>
      <FormMessage ok={state.ok} message={state.message} />
    </form>
  );
}

export function ResetLinkButton({ id, name }: { id: string; name: string }) {
  const [state, form, pending] = useFormAction<LinkState>(makeResetLink, {});
  return (
    <form {...form}>
      <input type="hidden" name="id" value={id} />
      <button className="button secondary small" type="submit" disabled={pending} aria-label={`Create a password-reset link for ${name}`}>
        Reset link
      </button>
      <FormMessage ok={state.ok} message={state.message} />
      <OneTimeLink path={state.link} label={`Reset link for ${name}`} />
    </form>
  );
}

export function RoleButton({ id, name, role }: { id: string; name: string; role: "admin" | "member" }) {
  const [state, form, pending] = useFormAction<FormState>(changeMemberRole, {});
  const next = role === "admin" ? "member" : "admin";
  return (
    <form {...form}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="role" value={next} />
      <button className="button secondary small" type="submit" disabled={pending} aria-label={next === "admin" ? `Make ${name} an admin` : `Take admin rights from ${name}`}>
        {next === "admin" ? "Make admin" : "Remove admin rights"}
      </button>
      <FormMessage ok={state.ok} message={state.message} />
    </form>
  );
}

export function RemoveMemberForm({ id, name }: { id: string; name: string }) {
  const [state, form, pending] = useFormAction<FormState>(deleteMember, {});
  return (
    <details className="danger-zone">
      <summary>Remove {name}…</summary>
      <form {...form} className="form">
        <input type="hidden" name="id" value={id} />
        <p>This deletes {name}&apos;s account and all their progress. It can&apos;t be undone.</p>
        <FormField name="confirmEmail" id={`confirm-${id}`} label={`Type ${name}'s email to confirm`} autoComplete="off" required errors={state.errors?.confirmEmail} />
        <FormMessage ok={state.ok} message={state.message} />
        <button className="button danger" type="submit" disabled={pending}>
          Remove {name}
        </button>
      </form>
    </details>
  );
}
