import { quizRoute } from "@/app/_lib/api/quiz-route";
import { checkAttemptAnswer } from "@/app/_lib/dal/quiz";
import { checkAnswerSchema } from "@/app/_lib/quiz/schemas";

/** Practice: checks one answer and returns its solution. */
export const POST = quizRoute(checkAnswerSchema, async (userId, attemptId, { position, selected }, now) => {
  return (await checkAttemptAnswer(userId, attemptId, position, selected, now)) ?? {};
});
