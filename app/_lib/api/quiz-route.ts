import "server-only";
import type { z } from "zod";
import { NotFound } from "@/app/_lib/dal/errors";
import { attemptIdSchema } from "@/app/_lib/quiz/schemas";
import { handleJsonPost } from "./json-route";
import * as clock from "@/app/_lib/clock";

/** A quiz endpoint under /api/quiz/<attemptId>/…: the id is checked like the body, then `apply` runs. */
export function quizRoute<T>(schema: z.ZodType<T>, apply: (userId: string, attemptId: string, body: T, now: Date) => Promise<object>) {
  return async function POST(request: Request, context: { params: Promise<{ attemptId: string }> }): Promise<Response> {
    const now = await clock.now();
    const { attemptId } = await context.params;
    return handleJsonPost(request, schema, async (user, body) => {
      // A malformed id is simply not one of this member's attempts.
      if (!attemptIdSchema.safeParse(attemptId).success) throw new NotFound("There is no such quiz attempt.");
      return { ok: true, ...(await apply(user.id, attemptId, body, now)) };
    });
  };
}
