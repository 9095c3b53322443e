import { studyRoute } from "../../../_lib/api/study-route";
import { undoItemGrade } from "../../../_lib/dal/study";
import { undoRequestSchema } from "../../../_lib/srs/schemas";

export const POST = studyRoute(undoRequestSchema, async (user, { requestId }, now) => ({ item: await undoItemGrade(user, requestId, now) }));
