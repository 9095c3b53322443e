"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/app/_lib/auth";
import { getDb } from "@/app/_lib/db";
import { chooseScheduler, setSuspended } from "@/app/_lib/dal/review-store";
import * as clock from "@/app/_lib/clock";
import { adoptTimeZone, saveExamDate, saveStudySettings, setNewPerDay } from "@/app/_lib/dal/study";
import { calendarDayOf } from "@/app/_lib/srs/study-day";
import { examDateSchema, schedulerSettingsSchema, studySettingsSchema, timeZoneSchema } from "@/app/_lib/srs/schemas";
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

/** Settings → Study → Scheduler: switching converts every card's state in one transaction (dal/review-store). */
export async function saveScheduler(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = schedulerSettingsSchema.safeParse({ scheduler: field(formData, "scheduler"), desiredRetention: field(formData, "desiredRetention") });
  if (!parsed.success) return invalid(parsed.error);
  const converted = await chooseScheduler(await getDb(), { id: user.id, timeZone: user.timeZone ?? "UTC" }, parsed.data, await clock.now());
  revalidatePath("/", "layout");
  const name = parsed.data.scheduler === "fsrs" ? "FSRS" : "SM-2";
  if (user.scheduler === parsed.data.scheduler) return { ok: true, message: "Saved." };
  return { ok: true, message: `Switched to ${name}: ${converted === 1 ? "1 card" : `${converted.toLocaleString("en")} cards`} converted, your review log kept whole.` };
}

/** Settings → Exam date: a date from today (in the member's zone) on, or none. */
export async function saveExamDateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const today = calendarDayOf(await clock.now(), user.timeZone ?? "UTC");
  const parsed = examDateSchema(today).safeParse({ examDate: field(formData, "examDate") ?? "", cramDays: field(formData, "cramDays") });
  if (!parsed.success) return invalid(parsed.error);
  await saveExamDate(user.id, parsed.data);
  revalidatePath("/", "layout");
  return { ok: true, message: parsed.data.examDate ? "Saved." : "Exam date cleared." };
}

const planNewPerDaySchema = z.object({ newPerDay: studySettingsSchema.shape.newPerDay });

/**
 * The exam plan's "Apply": sets the new-card limit to the plan's figure. It sends the figure it showed, so a
 * double click or a retry sets the same value again.
 */
export async function applyPlanNewPerDay(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = planNewPerDaySchema.safeParse({ newPerDay: field(formData, "newPerDay") });
  if (!parsed.success) return invalid(parsed.error, "That figure can't be a new-card limit: reload the page for the plan's current one.");
  await setNewPerDay(user.id, parsed.data.newPerDay);
  revalidatePath("/", "layout");
  return { ok: true, message: `New-card limit set to ${parsed.data.newPerDay} a day.` };
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
