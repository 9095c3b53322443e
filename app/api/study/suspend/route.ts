import { studyRoute } from "@/app/_lib/api/study-route";
import { suspendItem } from "@/app/_lib/dal/study";
import { suspendRequestSchema } from "@/app/_lib/srs/schemas";

export const POST = studyRoute(suspendRequestSchema, (user, { itemKind, itemId, suspended }) => suspendItem(user, { itemKind, itemId }, suspended));
