"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/app/_lib/auth";
import { getDb } from "@/app/_lib/db";
import { setSuspended } from "@/app/_lib/dal/review-store";
import { adoptTimeZone, saveStudySettings } from "@/app/_lib/dal/study";
import { studySettingsSchema, timeZoneSchema } from "@/app/_lib/srs/schemas";
import { field, invalid, type FormState } from "./form-state";

export async function saveStudyPreferences(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = studySettingsSchema.safeParse({
    timeZone: field(formData, "timeZone"),
    newPerDay: field(formData, "newPerDay"),
    reviewsPerDay: field(formData, "reviewsPerDay"),
    newCardOrder: field(formData, "newCardOrder"),
  });
  if (!parsed.success) return invalid(parsed.error);
  await saveStudySettings(user.id, parsed.data);
  revalidatePath("/", "layout");
  return { ok: true, message: "Saved." };
}

/** The browser's zone, recorded once for a member who has none yet; an invalid zone is ignored. */
export async function reportBrowserTimeZone(timeZone: string): Promise<void> {
  const user = await requireUser();
  if (user.timeZone) return;
  const parsed = timeZoneSchema.safeParse(timeZone);
  if (parsed.success) await adoptTimeZone(user.id, parsed.data);
}

const unsuspendSchema = z.object({ itemKind: z.enum(["card", "question"]), itemId: z.string().min(1).max(200) });

/** From the suspended-cards page: a plain form, so it works before any JavaScript loads. */
export async function unsuspend(formData: FormData): Promise<void> {
  const user = await requireUser();
  const parsed = unsuspendSchema.safeParse({ itemKind: field(formData, "itemKind"), itemId: field(formData, "itemId") });
  if (!parsed.success) return;
  await setSuspended(await getDb(), user.id, parsed.data, false);
  revalidatePath("/study/suspended");
}
