import { quizRoute } from "@/app/_lib/api/quiz-route";
import { saveAttemptAnswer } from "@/app/_lib/dal/quiz";
import { saveAnswerSchema } from "@/app/_lib/quiz/schemas";

/** Autosave: one answer, flag or position at a time, refused once the attempt is closed. */
export const POST = quizRoute(saveAnswerSchema, async (userId, attemptId, change, now) => {
  await saveAttemptAnswer(userId, attemptId, change, now);
  return { savedAt: now.toISOString() };
});
