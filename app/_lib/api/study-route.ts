import "server-only";
import type { z } from "zod";
import { studySnapshot, type StudyScope } from "@/app/_lib/dal/study";
import { handleJsonPost } from "./json-route";
import * as clock from "@/app/_lib/clock";

type Member = Parameters<typeof studySnapshot>[0];

/**
 * A study-screen endpoint: applies one change, then answers with the member's fresh queue (also when the
 * change was refused, so the screen moves on). One clock reading per request. A change to the member's own
 * settings returns the updated member as `user`, so the queue is built from it.
 */
export function studyRoute<T extends StudyScope>(
  schema: z.ZodType<T>,
  apply: (user: Member, body: T, now: Date) => Promise<{ user?: Member; [reply: string]: unknown } | void>,
) {
  return async function POST(request: Request): Promise<Response> {
    const now = await clock.now();
    const snapshot = (user: Member, body: T) => studySnapshot(user, { topic: body.topic, have: body.have }, now);
    return handleJsonPost(
      request,
      schema,
      async (user, body) => {
        const { user: updated, ...reply } = (await apply(user, body, now)) ?? {};
        return { ok: true, ...reply, snapshot: await snapshot(updated ?? user, body) };
      },
      async (user, body) => ({ snapshot: await snapshot(user, body) }),
    );
  };
}
