import type { Metadata } from "next";
import { resetTokenIsLive } from "@/app/_lib/dal/admin";
import { ResetForm } from "./reset-form";
import { now } from "@/app/_lib/clock";

export const metadata: Metadata = { title: "Set a new password" };

export default async function ResetPage({ params }: PageProps<"/reset/[token]">) {
  const { token } = await params;
  const live = /^[A-Za-z0-9_-]{10,200}$/.test(token) && (await resetTokenIsLive(token, await now()));
  return (
    <div className="page narrow">
      <h1>Set a new password</h1>
      {live ? (
        <>
          <p className="lede">Your admin made this link for you. It works once.</p>
          <ResetForm token={token} />
        </>
      ) : (
        <p className="lede">This reset link has expired or was already used. Ask the admin for a new one.</p>
      )}
    </div>
  );
}
