import { studyRoute } from "../../../_lib/api/study-route";
import { gradeItem } from "../../../_lib/dal/study";
import { gradeRequestSchema } from "../../../_lib/srs/schemas";
import type { Quality } from "../../../_lib/srs/sm2";

export const POST = studyRoute(gradeRequestSchema, (user, { itemKind, itemId, quality, requestId, expectedVersion, durationMs }, now) =>
  gradeItem(user, { itemKind, itemId, quality: quality as Quality, requestId, expectedVersion, durationMs }, now),
);
