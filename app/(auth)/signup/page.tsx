import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser } from "@/app/_lib/auth";
import { hasAnyAccount, signupMode } from "@/app/_lib/dal/accounts";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: PageProps<"/signup">) {
  if (await currentUser()) redirect("/");
  const { invite } = await searchParams;
  const inviteToken = typeof invite === "string" && /^[A-Za-z0-9_-]{1,200}$/.test(invite) ? invite : undefined;
  const [first, mode] = await Promise.all([hasAnyAccount().then((any) => !any), signupMode()]);

  return (
    <div className="page narrow">
      <h1>Create your account</h1>
      {first ? (
        <p className="lede">You are the first one here, so this account will be the group&apos;s admin: you can invite members and manage the group.</p>
      ) : mode === "invite" && !inviteToken ? (
        <p className="lede">This study group is invite-only. Ask the admin for an invite link, then open it to sign up.</p>
      ) : (
        <p className="lede">Join your study group: flashcards, scenario questions and your own progress.</p>
      )}
      {(first || mode === "open" || inviteToken) && <SignUpForm invite={inviteToken} />}
      <p>
        Already have an account? <Link href="/signin">Sign in</Link>.
      </p>
    </div>
  );
}
