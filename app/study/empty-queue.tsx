import Link from "next/link";
import type { StudyView } from "@/app/_lib/srs/session";

/** What the study screen says when nothing is left: when the next card is due, and what to do instead. */
export function EmptyQueue({
  view,
  narrowed,
  timeZone,
  reviewLimit,
  onStudyMore,
  busy,
}: {
  view: StudyView;
  /** Limited to a topic or to some decks: offer the whole queue. */
  narrowed: boolean;
  timeZone: string;
  reviewLimit: number;
  onStudyMore: () => void;
  busy: boolean;
}) {
  // The member's own zone and a fixed locale, so the server render and the browser agree.
  const format = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" });
  const moreNew = Math.min(10, view.overLimit.new);
  return (
    <div className="panel study-done">
      <h2>{view.done > 0 ? "All done for today" : "Nothing to review right now"}</h2>
      <p>
        {view.nextDueAt
          ? `Your next review is due on ${format.format(new Date(view.nextDueAt))}.`
          : "You have no reviews scheduled yet: start with some new cards."}
      </p>
      {view.overLimit.review > 0 && (
        <p>
          {view.overLimit.review} more reviews are due today, over your daily limit of {reviewLimit}. You can raise it in{" "}
          <a href="/settings#study">Settings</a>.
        </p>
      )}
      <div className="actions">
        {moreNew > 0 && (
          <button type="button" className="button" onClick={onStudyMore} disabled={busy}>
            Study {moreNew} more new cards today
          </button>
        )}
        {narrowed && (
          <a className="button secondary" href="/study">
            Study all topics and decks
          </a>
        )}
        <Link className="button secondary" href="/quiz">
          Take a practice quiz
        </Link>
      </div>
    </div>
  );
}
