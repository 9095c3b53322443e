import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/app/_lib/auth";
import { getTopic } from "@/app/_lib/dal/content";
import { visibleDecks } from "@/app/_lib/dal/decks";
import { studyMember, studySnapshot } from "@/app/_lib/dal/study";
import { chooseDecks, deckQuery, deckScope, requestedDecks } from "@/app/_lib/decks/choice";
import { studyDayOf } from "@/app/_lib/srs/study-day";
import { DeckPicker, pickableDecks } from "@/app/_components/deck-picker";
import { StudySession } from "./study-session";
import * as clock from "@/app/_lib/clock";

export const metadata: Metadata = { title: "Study" };

export default async function StudyPage({ searchParams }: PageProps<"/study">) {
  const { topic: topicParam, deck: deckParam } = await searchParams;
  const slug = typeof topicParam === "string" && topicParam ? topicParam : undefined;
  const asked = requestedDecks(deckParam);
  const user = await requireUser(slug ? `/study?topic=${encodeURIComponent(slug)}` : `/study${asked.length ? `?${deckQuery(asked)}` : ""}`);
  const topic = slug ? await getTopic(user.id, slug) : null;
  if (slug && !topic) notFound();

  // A topic belongs to one deck, so it names the deck itself: the picker is for the whole queue.
  const decks = topic ? [] : await visibleDecks(user.id);
  const choice = chooseDecks(
    decks.map((deck) => deck.id),
    topic ? [] : asked,
  );
  const chosen = topic ? undefined : deckScope(choice);
  const now = await clock.now();
  const { timeZone } = studyMember(user);
  const snapshot = await studySnapshot(user, { topic: topic?.slug, decks: chosen }, now);
  const today = studyDayOf(now, timeZone);
  return (
    <div className="page study-page">
      <h1>{topic ? `Study: ${topic.title}` : "Study"}</h1>
      {!user.timeZone && (
        <p className="muted">
          Days start at 4 a.m. UTC until your browser reports your time zone; you can also set it in <a href="/settings#study">Settings</a>.
        </p>
      )}
      {!topic && <DeckPicker action="/study" legend="Study these decks" decks={pickableDecks(decks, user.id, "cards")} choice={choice} />}
      <StudySession
        // A new choice of decks is a new session: its undo history and queue belong to the old one.
        key={chosen?.join(",") ?? "all"}
        initial={snapshot}
        topic={topic?.slug}
        decks={chosen}
        timeZone={timeZone}
        reviewLimit={user.reviewsPerDay}
        extraNewToday={user.extraNewDay === today ? user.extraNew : 0}
      />
    </div>
  );
}
