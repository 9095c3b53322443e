import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/app/_lib/auth";
import * as clock from "@/app/_lib/clock";
import { cramSession } from "@/app/_lib/dal/exam-plan";
import { countOf } from "@/app/_lib/count-of";
import { dayLabel } from "@/app/_components/exam-countdown";
import { calendarDayOf } from "@/app/_lib/srs/study-day";
import { CramSession } from "./cram-session";

export const metadata: Metadata = { title: "Cram session" };

export default async function CramPage() {
  const user = await requireUser("/study/cram");
  const now = await clock.now();
  const session = await cramSession(user, now);
  const retention = `${Math.round(user.desiredRetention * 100)}%`;
  return (
    <div className="page study-page">
      <h1>Cram session</h1>
      {!session ? (
        <p className="notice info" id="cram-closed">
          {user.examDate
            ? `The cram session opens ${countOf(user.cramDays, "day")} before your exam and lasts through the exam day.`
            : "The cram session is for the last days before an exam: set your exam date first."}{" "}
          <Link href="/settings#exam-date">Exam date and cram days in Settings</Link>
        </p>
      ) : (
        <>
          <p className="lede" id="cram-intro">
            {session.cards.length === 0
              ? `Nothing to cram: every card you have studied is predicted above ${retention} recall on ${dayLabel(session.examDate)}.`
              : `${countOf(session.cards.length, "card")} you are predicted to recall less than ${retention} of the time on ${dayLabel(session.examDate)}, the least likely first.`}{" "}
            Grading here does not move your schedule: your daily reviews stay as they are.
            {session.unseen > 0 && ` ${countOf(session.unseen, "card")} you have never studied are not in it.`}
          </p>
          {session.cards.length > 0 && <CramSession cards={session.cards} storageKey={`cram:${user.id}:${calendarDayOf(now, user.timeZone ?? "UTC")}`} />}
        </>
      )}
    </div>
  );
}
