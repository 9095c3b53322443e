import { endpointRoute } from "@/app/_lib/api/endpoint-route";
import { studyReply } from "@/app/_lib/api/study-reply";
import { getDb } from "@/app/_lib/db";
import { setSuspended } from "@/app/_lib/dal/review-store";

export const POST = endpointRoute("study/suspend", {
  async handle(user, { itemKind, itemId, suspended, ...scope }, now) {
    await setSuspended(await getDb(), user.id, { itemKind, itemId }, suspended);
    return studyReply(user, scope, now);
  },
  onConflict: (user, scope, now) => studyReply(user, scope, now),
});
