import { endpointRoute } from "@/app/_lib/api/endpoint-route";
import { studyReply } from "@/app/_lib/api/study-reply";
import { getDb } from "@/app/_lib/db";
import { setBuried } from "@/app/_lib/dal/review-store";
import { studyMember } from "@/app/_lib/dal/study";

export const POST = endpointRoute("study/bury", {
  async handle(user, { itemKind, itemId, buried, ...scope }, now) {
    await setBuried(await getDb(), studyMember(user), { itemKind, itemId }, buried, now);
    return studyReply(user, scope, now);
  },
  onConflict: (user, scope, now) => studyReply(user, scope, now),
});
