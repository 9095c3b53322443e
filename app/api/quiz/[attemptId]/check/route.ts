import { endpointRoute } from "@/app/_lib/api/endpoint-route";
import { checkAttemptAnswer } from "@/app/_lib/dal/quiz";

/** Practice: checks one answer and returns its solution. */
export const POST = endpointRoute("quiz/check", {
  handle: (user, { position, selected }, now, attemptId) => checkAttemptAnswer(user.id, attemptId, position, selected, now),
});
