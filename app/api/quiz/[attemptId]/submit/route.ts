import { quizRoute } from "@/app/_lib/api/quiz-route";
import { submitMemberAttempt } from "@/app/_lib/dal/quiz";
import { submitSchema } from "@/app/_lib/quiz/schemas";

/** Submits the attempt; submitting again is harmless. */
export const POST = quizRoute(submitSchema, async (userId, attemptId, _body, now) => {
  await submitMemberAttempt(userId, attemptId, now);
  return { results: `/quiz/${attemptId}/results` };
});
