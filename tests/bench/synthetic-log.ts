// `tsx tests/bench/synthetic-log.ts <database file> <member id> <items> <days>`: writes a member's review log
// simulated from FSRS's default parameters (tests/helpers/synthetic-history.ts), for the optimizer's bench.
import Database from "better-sqlite3";
import { DEFAULT_PARAMETERS } from "@/app/_lib/srs/fsrs";
import { qualityOfRating } from "@/app/_lib/srs/ratings";
import { syntheticHistory } from "../helpers/synthetic-history";

const [file, userId, items, days] = process.argv.slice(2);
const history = syntheticHistory({ parameters: DEFAULT_PARAMETERS.map((w, i) => (i <= 3 ? w * 2 : w)), items: Number(items), days: Number(days) });
const db = new Database(file!);
const insert = db.prepare(
  `INSERT INTO "ReviewLog" (userId, requestId, itemKind, itemId, quality, rating, elapsedDays, kind, studyDay, durationMs, intervalBefore, before, after, reviewedAt)
   VALUES (?, ?, 'card', ?, ?, ?, ?, ?, '2026-01-01', 4000, 0, NULL, '{}', '2026-01-01T10:00:00.000+00:00')`,
);
db.transaction(() =>
  history.forEach((review, index) =>
    insert.run(userId, `s-${index}`, review.item.replace(/^card:/, ""), qualityOfRating(review.rating), review.rating, review.elapsedDays, review.elapsedDays === 0 ? "new" : "review"),
  ),
)();
db.close();
console.log(history.length);
