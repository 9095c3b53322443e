import type { Metadata } from "next";
import { requireUser } from "../_lib/auth";
import { PasswordForm, ProfileForm, StudyForm } from "./settings-forms";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  return (
    <div className="page narrow">
      <h1>Settings</h1>
      <p className="lede">
        Signed in as {user.email}
        {user.role === "admin" ? " (admin)" : ""}.
      </p>
      <ProfileForm name={user.name} hiddenFromGroup={user.hiddenFromGroup} />
      <StudyForm
        timeZone={user.timeZone}
        timeZones={[...new Set(["UTC", ...Intl.supportedValuesOf("timeZone")])]}
        newPerDay={user.newPerDay}
        reviewsPerDay={user.reviewsPerDay}
      />
      <PasswordForm />
    </div>
  );
}
