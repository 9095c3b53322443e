import type { MouseEvent } from "react";
import type { QueueEntry } from "@/app/_lib/srs/queue";
import { gradeOutcome } from "@/app/_lib/srs/session";
import { QUALITIES, type Quality } from "@/app/_lib/srs/sm2";
import { qualityOfRating, RATINGS, type Rating } from "@/app/_lib/srs/ratings";

/** SM-2's six grades in the original's words, shortened to fit a button. */
export const GRADE_LABELS: Record<Quality, { name: string; meaning: string }> = {
  0: { name: "Blackout", meaning: "No memory of it at all" },
  1: { name: "Wrong", meaning: "Wrong, but it came back once I saw the answer" },
  2: { name: "Almost", meaning: "Wrong, but the answer seemed easy once seen" },
  3: { name: "Hard", meaning: "Right, with serious difficulty" },
  4: { name: "Good", meaning: "Right, after some hesitation" },
  5: { name: "Easy", meaning: "Right, perfect recall" },
};

/** FSRS's four ratings, as Anki names them. */
export const RATING_LABELS: Record<Rating, { name: string; meaning: string }> = {
  1: { name: "Again", meaning: "Forgot it" },
  2: { name: "Hard", meaning: "Remembered, with serious difficulty" },
  3: { name: "Good", meaning: "Remembered, after some thought" },
  4: { name: "Easy", meaning: "Remembered at once" },
};

interface Button {
  key: number;
  quality: Quality;
  name: string;
  meaning: string;
}

const SM2_BUTTONS: Button[] = QUALITIES.map((quality) => ({ key: quality, quality, ...GRADE_LABELS[quality] }));
// Each rating grades as the SM-2 quality it maps to (srs/ratings.ts); the study screen sends the rating.
const FSRS_BUTTONS: Button[] = RATINGS.map((rating) => ({ key: rating, quality: qualityOfRating(rating), ...RATING_LABELS[rating] }));

export function GradeButtons({ entry, scheduler, onGrade }: { entry: QueueEntry; scheduler: "sm2" | "fsrs"; onGrade: (quality: Quality, event: MouseEvent) => void }) {
  const buttons = scheduler === "fsrs" ? FSRS_BUTTONS : SM2_BUTTONS;
  return (
    <div className={`grade-buttons ${scheduler}`} role="group" aria-label={`How well did you remember? Keys ${buttons[0]!.key} to ${buttons.at(-1)!.key}`}>
      {buttons.map(({ key, quality, name, meaning }) => {
        const outcome = gradeOutcome(entry, quality, scheduler);
        return (
          <button
            key={key}
            type="button"
            className={`grade grade-${quality}`}
            onClick={(event) => onGrade(quality, event)}
            aria-keyshortcuts={String(key)}
            title={meaning}
          >
            <kbd>{key}</kbd>
            <span className="grade-name">{name}</span>
            <span className="grade-outcome" aria-hidden="true">
              {outcome.label}
            </span>
            <span className="visually-hidden">, {outcome.spoken}</span>
          </button>
        );
      })}
    </div>
  );
}
