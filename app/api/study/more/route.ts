import { endpointRoute } from "@/app/_lib/api/endpoint-route";
import { studyReply } from "@/app/_lib/api/study-reply";
import { setExtraNewToday } from "@/app/_lib/dal/study";

export const POST = endpointRoute("study/more", {
  async handle(user, { day, extraNew, ...scope }, now) {
    await setExtraNewToday(user.id, day, extraNew);
    // The queue is built from the member as they are now, with today's extra new cards.
    return studyReply({ ...user, extraNewDay: day, extraNew }, scope, now);
  },
  onConflict: (user, scope, now) => studyReply(user, scope, now),
});
