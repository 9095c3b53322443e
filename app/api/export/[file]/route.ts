import { zipSync } from "fflate";
import { currentUser } from "@/app/_lib/auth";
import { memberData } from "@/app/_lib/dal/export";
import { toCsv } from "@/app/_lib/export/csv";
import { memberDecksArchive } from "@/app/_lib/export/member-decks";
import { shownLetters } from "@/app/_lib/quiz/letters";

type Data = Awaited<ReturnType<typeof memberData>>;

const FILES: Record<string, { type: string; render: (data: Data) => string | Uint8Array<ArrayBuffer> }> = {
  "my-data.json": {
    type: "application/json",
    // A deck's images are named here; their bytes are in my-decks.zip.
    render: (data) =>
      JSON.stringify({ exportedAt: new Date().toISOString(), ...data, decks: data.decks.map(({ images, ...deck }) => ({ ...deck, images: images.map((image) => image.name) })) }, null, 2),
  },
  "review-log.csv": {
    type: "text/csv",
    render: (data) =>
      toCsv(
        ["reviewedAt", "studyDay", "itemKind", "itemId", "kind", "quality", "durationMs", "intervalBefore", "intervalAfter", "easeAfter", "undoneAt"],
        data.reviewLog.map(({ before: _before, after, ...log }) => ({ ...log, intervalAfter: after.interval, easeAfter: after.easeFactor })),
      ),
  },
  "card-states.csv": {
    type: "text/csv",
    render: (data) =>
      toCsv(
        ["itemKind", "itemId", "repetitions", "easeFactor", "interval", "dueAt", "lapses", "suspended", "leech", "firstReviewedAt", "lastReviewedAt"],
        data.reviewStates,
      ),
  },
  // A folder per deck, each laid out as content/ is (catalog.yml, cards/, questions/), so each imports back.
  "my-decks.zip": {
    type: "application/zip",
    render: (data) => zipSync(memberDecksArchive(data.decks)),
  },
  "quiz-answers.csv": {
    type: "text/csv",
    render: (data) =>
      toCsv(
        ["attemptId", "mode", "startedAt", "submittedAt", "position", "questionId", "selected", "correct", "flagged"],
        data.quizAttempts.flatMap((attempt) =>
          attempt.answers.map((answer) => ({
            attemptId: attempt.id,
            mode: attempt.mode,
            startedAt: attempt.startedAt,
            submittedAt: attempt.submittedAt,
            position: answer.position,
            questionId: answer.questionId,
            // As the member saw them: letters in that attempt's shuffled order.
            selected: answer.selected ? shownLetters(answer.selected, answer.optionOrder).join(" ") : "",
            correct: answer.correct,
            flagged: answer.flagged,
          })),
        ),
      ),
  },
};

/** A member downloads their own data: JSON (everything), one CSV per kind of record, or the decks they wrote. */
export async function GET(_request: Request, context: { params: Promise<{ file: string }> }) {
  const { file } = await context.params;
  const format = Object.hasOwn(FILES, file) ? FILES[file] : undefined;
  if (!format) return Response.json({ error: "No such export." }, { status: 404 });
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in to download your data." }, { status: 401 });
  return new Response(format.render(await memberData(user.id)), {
    headers: {
      "Content-Type": format.type === "application/zip" ? format.type : `${format.type}; charset=utf-8`,
      "Content-Disposition": `attachment; filename="dva-study-${file}"`,
      "Cache-Control": "no-store",
    },
  });
}
