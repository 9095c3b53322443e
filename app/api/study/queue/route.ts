import { endpointRoute } from "@/app/_lib/api/endpoint-route";
import { studyReply } from "@/app/_lib/api/study-reply";

/** The fresh queue and the text of the next items: when the tab comes back, or runs short of text. */
export const POST = endpointRoute("study/queue", { handle: (user, scope, now) => studyReply(user, scope, now) });
