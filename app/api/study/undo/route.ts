import { endpointRoute } from "@/app/_lib/api/endpoint-route";
import { studyReply } from "@/app/_lib/api/study-reply";
import { getDb } from "@/app/_lib/db";
import { undoGrade } from "@/app/_lib/dal/review-store";

export const POST = endpointRoute("study/undo", {
  async handle(user, { requestId, ...scope }, now) {
    const item = await undoGrade(await getDb(), user.id, requestId, now);
    return { item, ...(await studyReply(user, scope, now)) };
  },
  onConflict: (user, scope, now) => studyReply(user, scope, now),
});
