import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser } from "@/app/_lib/auth";
import { hasAnyAccount } from "@/app/_lib/dal/accounts";
import { safeReturnPath } from "@/app/_lib/safe-return-path";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/signin">) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  if (!(await hasAnyAccount())) redirect("/signup");
  const notice = params.notice === "password-changed" ? "Password changed. Sign in with your new password." : undefined;
  return (
    <div className="page narrow">
      <h1>Sign in</h1>
      <p className="lede">Welcome back. Your progress is waiting.</p>
      <SignInForm callbackUrl={callbackUrl} notice={notice} />
      <p>
        New here? <Link href="/signup">Create an account</Link>. Forgot your password? Ask your group&apos;s admin for a reset link.
      </p>
    </div>
  );
}
