import { studyRoute } from "../../../_lib/api/study-route";
import { suspendItem } from "../../../_lib/dal/study";
import { suspendRequestSchema } from "../../../_lib/srs/schemas";

export const POST = studyRoute(suspendRequestSchema, (user, { itemKind, itemId, suspended }) => suspendItem(user, { itemKind, itemId }, suspended));
