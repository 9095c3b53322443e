import Link from "next/link";
import { daysBetween } from "@/app/_lib/srs/study-day";

/** A calendar day ("YYYY-MM-DD") as "Sat 5 Dec" (with the year if asked), whatever the server's zone. */
export function dayLabel(day: string, { year = false }: { year?: boolean } = {}): string {
  return new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: year ? "numeric" : undefined, timeZone: "UTC" }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

/** "Your exam is on …: N days to go", from the member's exam date and today's date in their zone. */
export function ExamCountdown({ examDate, today }: { examDate: string | null; today: string }) {
  if (!examDate) return null;
  const days = daysBetween(today, examDate);
  const date = dayLabel(examDate, { year: true });
  return (
    <p className="exam-countdown">
      {days > 1 && (
        <>
          Your exam is on {date}: <strong>{days} days</strong> to go.
        </>
      )}
      {days === 1 && <>Your exam is tomorrow, {date}.</>}
      {days === 0 && <>Your exam is today. Good luck!</>}
      {days < 0 && (
        <>
          Your exam date ({date}) has passed. <Link href="/settings#exam-date">Set the next one</Link>.
        </>
      )}
    </p>
  );
}
