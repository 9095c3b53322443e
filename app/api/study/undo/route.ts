import { studyRoute } from "@/app/_lib/api/study-route";
import { undoItemGrade } from "@/app/_lib/dal/study";
import { undoRequestSchema } from "@/app/_lib/srs/schemas";

export const POST = studyRoute(undoRequestSchema, async (user, { requestId }, now) => ({ item: await undoItemGrade(user, requestId, now) }));
