import { studyRoute } from "../../../_lib/api/study-route";
import { setExtraNewToday } from "../../../_lib/dal/study";
import { studyMoreRequestSchema } from "../../../_lib/srs/schemas";

export const POST = studyRoute(studyMoreRequestSchema, (user, { day, extraNew }) => setExtraNewToday(user.id, day, extraNew));
