"use client";

import { useEffect, useRef } from "react";
import { FormField, FormMessage } from "@/app/_components/form-field";
import { changePassword, saveProfile } from "@/app/_lib/actions/account";
import type { FormState } from "@/app/_lib/actions/form-state";
import { saveStudyPreferences } from "@/app/_lib/actions/study";
import { useFormAction } from "@/app/_lib/client/use-form-action";
import { browserTimeZone } from "@/app/_lib/client/browser-time-zone";

export function ProfileForm({ name, hiddenFromGroup }: { name: string; hiddenFromGroup: boolean }) {
  const [state, form, pending] = useFormAction<FormState>(saveProfile, {});
  return (
    <form className="panel form" {...form} aria-labelledby="profile-title" noValidate>
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
  // On success the action ends this session too and redirects to sign in.
  const [state, form, pending] = useFormAction<FormState>(changePassword, {});
  return (
    <form className="panel form" {...form} aria-labelledby="password-title" noValidate>
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

export function StudyForm({
  timeZone,
  timeZones,
  newPerDay,
  reviewsPerDay,
  newCardOrder,
}: {
  timeZone: string | null;
  timeZones: string[];
  newPerDay: number;
  reviewsPerDay: number;
  newCardOrder: string;
}) {
  const [state, form, pending] = useFormAction<FormState>(saveStudyPreferences, {});
  const zoneErrors = state.errors?.timeZone;
  const zoneSelect = useRef<HTMLSelectElement>(null);
  // No zone saved yet: offer the browser's, so saving this form doesn't pin the member to UTC.
  useEffect(() => {
    const detected = browserTimeZone();
    if (!timeZone && zoneSelect.current && timeZones.includes(detected)) zoneSelect.current.value = detected;
  }, [timeZone, timeZones]);
  return (
    <form className="panel form" {...form} aria-labelledby="study-title" id="study" noValidate>
      <h2 id="study-title">Study</h2>
      <div className="field">
        <label htmlFor="timeZone">Time zone</label>
        <p className="field-hint" id="timeZone-hint">
          Your study day starts at 4 a.m. in this zone, so a late-night session counts for the evening before.
        </p>
        <select
          id="timeZone"
          name="timeZone"
          ref={zoneSelect}
          defaultValue={timeZone ?? "UTC"}
          aria-describedby={zoneErrors?.length ? "timeZone-hint timeZone-error" : "timeZone-hint"}
          aria-invalid={zoneErrors?.length ? true : undefined}
        >
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        {zoneErrors?.length ? (
          <p className="field-error" id="timeZone-error">
            {zoneErrors.join(" ")}
          </p>
        ) : null}
      </div>
      <div className="inline-fields">
        <FormField name="newPerDay" label="New cards a day" type="number" inputMode="numeric" min={0} max={999} defaultValue={newPerDay} required errors={state.errors?.newPerDay} />
        <FormField name="reviewsPerDay" label="Reviews a day (at most)" type="number" inputMode="numeric" min={0} max={9999} defaultValue={reviewsPerDay} required errors={state.errors?.reviewsPerDay} />
      </div>
      <fieldset className="choices" aria-describedby={state.errors?.newCardOrder?.length ? "newCardOrder-error" : undefined}>
        <legend>New cards</legend>
        <label className="checkbox">
          <input type="radio" name="newCardOrder" value="mixed" defaultChecked={newCardOrder !== "guide"} /> Topics in turn: one card from each service, then round again
        </label>
        <label className="checkbox">
          <input type="radio" name="newCardOrder" value="guide" defaultChecked={newCardOrder === "guide"} /> The guide&apos;s order, one topic at a time
        </label>
        {state.errors?.newCardOrder?.length ? (
          <p className="field-error" id="newCardOrder-error">
            {state.errors.newCardOrder.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <FormMessage ok={state.ok} message={state.message} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save study settings"}
      </button>
    </form>
  );
}
