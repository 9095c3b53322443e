import { studyRoute } from "@/app/_lib/api/study-route";
import { setExtraNewToday } from "@/app/_lib/dal/study";
import { studyMoreRequestSchema } from "@/app/_lib/srs/schemas";

export const POST = studyRoute(studyMoreRequestSchema, async (user, { day, extraNew }) => {
  await setExtraNewToday(user.id, day, extraNew);
  return { user: { ...user, extraNewDay: day, extraNew } };
});
