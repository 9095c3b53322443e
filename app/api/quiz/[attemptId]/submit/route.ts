import { endpointRoute } from "@/app/_lib/api/endpoint-route";
import { getDb } from "@/app/_lib/db";
import { submitAttempt } from "@/app/_lib/dal/quiz-store";

/** Submits the attempt; submitting again is harmless. */
export const POST = endpointRoute("quiz/submit", {
  async handle(user, _body, now, attemptId) {
    await submitAttempt(await getDb(), user.id, attemptId, now);
    return { results: `/quiz/${attemptId}/results` };
  },
});
