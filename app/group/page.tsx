import type { Metadata } from "next";
import { requireUser } from "@/app/_lib/auth";
import { groupBoard } from "@/app/_lib/dal/group";
import { now } from "@/app/_lib/clock";
import { TableScroll } from "@/app/_components/table-scroll";
import type { ReadinessBand } from "@/app/_lib/stats/readiness";

export const metadata: Metadata = { title: "Study group" };

const pct = (value: number | null) => (value === null ? "—" : `${value}%`);

const BAND_LABEL: Record<ReadinessBand, string> = {
  "on track": "On track",
  borderline: "Borderline",
  "not yet": "Not yet",
  "too few answers": "Too few answers to tell",
};

/** Days to the member's exam and their readiness band: the band only, never the figure behind it. */
function ExamStanding({ daysLeft, band }: { daysLeft: number; band: ReadinessBand }) {
  return (
    <>
      {daysLeft === 0 ? "Today" : daysLeft === 1 ? "In 1 day" : `In ${daysLeft} days`}
      <span className={`badge band-${band.replaceAll(" ", "-")}`}>{BAND_LABEL[band]}</span>
    </>
  );
}

export default async function GroupPage() {
  const user = await requireUser("/group");
  const board = await groupBoard(user.id, await now());
  return (
    <div className="page">
      <h1>Your study group</h1>
      <p className="lede">
        How everyone is doing. Members who chose to be hidden (in Settings) are left out, figures and all. For members with an exam date, the days to go and
        a readiness band (on track: at least a 75% chance of reaching 72% on what the app covers; borderline: 25–75%; not yet: under 25%).
      </p>

      <section aria-labelledby="board-title">
        <h2 id="board-title">Members</h2>
        <TableScroll label="Table of members">
          <table aria-labelledby="board-title">
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col">Streak</th>
                <th scope="col">Reviews this week</th>
                <th scope="col">Retention (30 days)</th>
                <th scope="col">Mastery</th>
                <th scope="col">Latest exam</th>
                <th scope="col">Exam date</th>
              </tr>
            </thead>
            <tbody>
              {board.members.map((member) => (
                <tr key={member.id}>
                  <th scope="row">
                    {member.name}
                    {member.id === user.id && <span className="badge">You{member.hiddenFromGroup ? " (hidden from others)" : ""}</span>}
                    {member.role === "admin" && <span className="badge">Admin</span>}
                  </th>
                  <td>
                    {member.streak} {member.streak === 1 ? "day" : "days"}
                  </td>
                  <td>{member.reviewsThisWeek}</td>
                  <td>{pct(member.retention.percent)}</td>
                  <td>{member.masteryPercent}% of cards mature</td>
                  <td>{member.latestExam ? pct(member.latestExam.percent) : "—"}</td>
                  <td>{member.exam ? <ExamStanding daysLeft={member.exam.daysLeft} band={member.exam.band} /> : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section aria-labelledby="decks-title">
        <h2 id="decks-title">By deck</h2>
        <p className="muted">The decks the whole group sees: the bundled one and those members shared. A member&apos;s personal decks are in no one&apos;s figures here.</p>
        <TableScroll label="Table of the group's decks">
          <table className="decks-table" aria-labelledby="decks-title">
            <thead>
              <tr>
                <th scope="col">Deck</th>
                <th scope="col">Studied by</th>
                <th scope="col">Cards mature</th>
                <th scope="col">Quiz accuracy</th>
              </tr>
            </thead>
            <tbody>
              {board.decks.map((deck) => (
                <tr key={deck.slug}>
                  <th scope="row">
                    {deck.title}
                    {deck.owner && <span className="muted"> (shared by {deck.owner})</span>}
                  </th>
                  <td>
                    {deck.studiedBy} {deck.studiedBy === 1 ? "member" : "members"}
                  </td>
                  <td>{deck.masteryPercent}%</td>
                  <td>{deck.quizPercent === null ? "no answers yet" : `${deck.quizPercent}%`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section aria-labelledby="weak-title">
        <h2 id="weak-title">The group&apos;s weakest topics</h2>
        <ol className="weak-topics">
          {board.weakestTopics.map((topic) => (
            <li key={topic.slug}>
              <strong>{topic.title}</strong>: {topic.masteryPercent}% of cards mature,{" "}
              {topic.quizPercent === null ? "no quiz answers yet" : `quiz accuracy ${topic.quizPercent}%`}.{" "}
              <a href={`/study?topic=${topic.slug}`}>Study it</a>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
