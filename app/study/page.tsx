import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/app/_lib/auth";
import { getTopic } from "@/app/_lib/dal/content";
import { studyMember, studySnapshot } from "@/app/_lib/dal/study";
import { studyDayOf } from "@/app/_lib/srs/study-day";
import { StudySession } from "./study-session";
import * as clock from "@/app/_lib/clock";

export const metadata: Metadata = { title: "Study" };

export default async function StudyPage({ searchParams }: PageProps<"/study">) {
  const { topic: topicParam } = await searchParams;
  const slug = typeof topicParam === "string" && topicParam ? topicParam : undefined;
  const user = await requireUser(slug ? `/study?topic=${encodeURIComponent(slug)}` : "/study");
  const topic = slug ? await getTopic(user.id, slug) : null;
  if (slug && !topic) notFound();

  const now = await clock.now();
  const { timeZone } = studyMember(user);
  const snapshot = await studySnapshot(user, { topic: topic?.slug }, now);
  const today = studyDayOf(now, timeZone);
  return (
    <div className="page study-page">
      <h1>{topic ? `Study: ${topic.title}` : "Study"}</h1>
      {!user.timeZone && (
        <p className="muted">
          Days start at 4 a.m. UTC until your browser reports your time zone; you can also set it in <a href="/settings#study">Settings</a>.
        </p>
      )}
      <StudySession
        initial={snapshot}
        topic={topic?.slug}
        timeZone={timeZone}
        reviewLimit={user.reviewsPerDay}
        extraNewToday={user.extraNewDay === today ? user.extraNew : 0}
      />
    </div>
  );
}
