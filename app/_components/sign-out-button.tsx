"use client";

import { signOutTo } from "@/app/_lib/client/sign-out";

export function SignOutButton() {
  return (
    <button className="link-button" type="button" onClick={() => void signOutTo("/signin")}>
      Sign out
    </button>
  );
}
