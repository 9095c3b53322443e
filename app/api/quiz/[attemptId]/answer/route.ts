import { endpointRoute } from "@/app/_lib/api/endpoint-route";
import { getDb } from "@/app/_lib/db";
import { saveAnswer } from "@/app/_lib/dal/quiz-store";

/** Autosave: one answer, flag or position at a time, refused once the attempt is closed. */
export const POST = endpointRoute("quiz/answer", {
  async handle(user, change, now, attemptId) {
    const { remainingMs } = await saveAnswer(await getDb(), user.id, attemptId, change, now);
    return { savedAt: now.toISOString(), remainingMs };
  },
});
