import type { MouseEvent } from "react";
import type { QueueEntry } from "@/app/_lib/srs/queue";
import { gradeOutcome } from "@/app/_lib/srs/session";
import { QUALITIES, type Quality } from "@/app/_lib/srs/sm2";

/** SM-2's six grades in the original's words, shortened to fit a button. */
export const GRADE_LABELS: Record<Quality, { name: string; meaning: string }> = {
  0: { name: "Blackout", meaning: "No memory of it at all" },
  1: { name: "Wrong", meaning: "Wrong, but it came back once I saw the answer" },
  2: { name: "Almost", meaning: "Wrong, but the answer seemed easy once seen" },
  3: { name: "Hard", meaning: "Right, with serious difficulty" },
  4: { name: "Good", meaning: "Right, after some hesitation" },
  5: { name: "Easy", meaning: "Right, perfect recall" },
};

export function GradeButtons({ entry, onGrade }: { entry: QueueEntry; onGrade: (quality: Quality, event: MouseEvent) => void }) {
  return (
    <div className="grade-buttons" role="group" aria-label="How well did you remember? Keys 0 to 5">
      {QUALITIES.map((quality) => {
        const outcome = gradeOutcome(entry, quality);
        const { name, meaning } = GRADE_LABELS[quality];
        return (
          <button
            key={quality}
            type="button"
            className={`grade grade-${quality}`}
            onClick={(event) => onGrade(quality, event)}
            aria-keyshortcuts={String(quality)}
            title={meaning}
          >
            <kbd>{quality}</kbd>
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
