import { endpointRoute } from "@/app/_lib/api/endpoint-route";
import { studyReply } from "@/app/_lib/api/study-reply";
import { getDb } from "@/app/_lib/db";
import { recordGrade } from "@/app/_lib/dal/review-store";
import { studyMember } from "@/app/_lib/dal/study";

export const POST = endpointRoute("study/grade", {
  async handle(user, { itemKind, itemId, quality, requestId, expectedVersion, durationMs, ...scope }, now) {
    await recordGrade(await getDb(), studyMember(user), { itemKind, itemId, quality, requestId, expectedVersion, durationMs }, now);
    return studyReply(user, scope, now);
  },
  onConflict: (user, scope, now) => studyReply(user, scope, now),
});
