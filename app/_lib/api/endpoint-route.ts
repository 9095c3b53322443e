import "server-only";
import type { z } from "zod";
import { ENDPOINTS, type Endpoint, type ParsedRequestOf, type ReplyOf } from "@/app/_lib/api/endpoints";
import * as clock from "@/app/_lib/clock";
import { NotFound } from "@/app/_lib/dal/errors";
import { attemptIdSchema } from "@/app/_lib/quiz/schemas";
import { handleJsonPost, type Member } from "./json-route";

interface Handled<E extends Endpoint> {
  /** Applies the request; its reply must be the endpoint's reply type. */
  handle: (user: Member, body: ParsedRequestOf<E>, now: Date, attemptId: string) => Promise<ReplyOf<E>>;
  /** What a refused (409) request carries besides its error: the study screen's fresh queue, so it moves on. */
  onConflict?: (user: Member, body: ParsedRequestOf<E>, now: Date) => Promise<Partial<ReplyOf<E>>>;
}

/**
 * The route handler of one endpoint of the table (endpoints.ts): the body is parsed with the endpoint's
 * schema, the handler's reply is typed by it, and one clock reading serves the request. Quiz endpoints live
 * under /api/quiz/<attemptId>/: a malformed id is simply not one of this member's attempts.
 */
export function endpointRoute<E extends Endpoint>(endpoint: E, { handle, onConflict }: Handled<E>) {
  return async function POST(request: Request, context?: { params?: Promise<{ attemptId?: string }> }): Promise<Response> {
    const now = await clock.now();
    // Routes without a dynamic segment get no params.
    const attemptId = (await context?.params)?.attemptId ?? "";
    // The table pairs each endpoint with its schema; TypeScript can't follow a generic key through it.
    const schema = ENDPOINTS[endpoint].request as unknown as z.ZodType<ParsedRequestOf<E>>;
    return handleJsonPost(
      request,
      schema,
      async (user, body) => {
        if (endpoint.startsWith("quiz/") && !attemptIdSchema.safeParse(attemptId).success) throw new NotFound("There is no such quiz attempt.");
        return { ok: true, ...(await handle(user, body, now, attemptId)) };
      },
      onConflict ? (user, body) => onConflict(user, body, now) : undefined,
    );
  };
}
