import { studyRoute } from "@/app/_lib/api/study-route";
import { queueRequestSchema } from "@/app/_lib/srs/schemas";

/** The fresh queue and the text of the next items: when the tab comes back, or runs short of text. */
export const POST = studyRoute(queueRequestSchema, async () => undefined);
