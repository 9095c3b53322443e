import { endpointRoute } from "@/app/_lib/api/endpoint-route";
import { studyReply } from "@/app/_lib/api/study-reply";
import { getDb } from "@/app/_lib/db";
import { recordGrade, StudyConflict } from "@/app/_lib/dal/review-store";
import { studyMember } from "@/app/_lib/dal/study";
import { qualityOfRating } from "@/app/_lib/srs/ratings";

export const POST = endpointRoute("study/grade", {
  async handle(user, { itemKind, itemId, quality, rating, requestId, expectedVersion, durationMs, ...scope }, now) {
    const member = studyMember(user);
    // A screen still showing the other scheduler's buttons (switched in another tab) gets the fresh queue instead.
    const fsrs = member.scheduler.name === "fsrs";
    if (fsrs ? rating === undefined : quality === undefined) {
      throw new StudyConflict(`You switched to ${fsrs ? "FSRS" : "SM-2"} in another tab or window; the grade buttons are updated, so grade this card again.`);
    }
    const grade = rating === undefined ? quality! : qualityOfRating(rating);
    await recordGrade(await getDb(), member, { itemKind, itemId, quality: grade, requestId, expectedVersion, durationMs }, now);
    return studyReply(user, scope, now);
  },
  onConflict: (user, scope, now) => studyReply(user, scope, now),
});
