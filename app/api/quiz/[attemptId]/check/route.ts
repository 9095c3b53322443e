import { quizRoute } from "../../../../_lib/api/quiz-route";
import { checkAttemptAnswer } from "../../../../_lib/dal/quiz";
import { checkAnswerSchema } from "../../../../_lib/quiz/schemas";

/** Practice: checks one answer and returns its solution. */
export const POST = quizRoute(checkAnswerSchema, async (userId, attemptId, { position, selected }, now) => {
  return (await checkAttemptAnswer(userId, attemptId, position, selected, now)) ?? {};
});
