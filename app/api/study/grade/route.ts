import { studyRoute } from "@/app/_lib/api/study-route";
import { gradeItem } from "@/app/_lib/dal/study";
import { gradeRequestSchema } from "@/app/_lib/srs/schemas";
import type { Quality } from "@/app/_lib/srs/sm2";

export const POST = studyRoute(gradeRequestSchema, (user, { itemKind, itemId, quality, requestId, expectedVersion, durationMs }, now) =>
  gradeItem(user, { itemKind, itemId, quality: quality as Quality, requestId, expectedVersion, durationMs }, now),
);
