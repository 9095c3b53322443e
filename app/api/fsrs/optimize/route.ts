import { endpointRoute } from "@/app/_lib/api/endpoint-route";
import { getDb } from "@/app/_lib/db";
import { optimizeStatus, startOptimize } from "@/app/_lib/dal/fsrs-optimizer";

export const POST = endpointRoute("fsrs/optimize", {
  async handle(user, { start }, now) {
    const db = await getDb();
    return { status: start ? await startOptimize(db, user.id, now) : await optimizeStatus(db, user.id) };
  },
});
