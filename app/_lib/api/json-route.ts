import "server-only";
import type { z } from "zod";
import { currentUser } from "@/app/_lib/auth";
import { errorReply } from "./error-status";

/** Bodies are a few hundred bytes; anything far bigger is refused before parsing. */
const MAX_BODY_BYTES = 16 * 1024;

export type Member = NonNullable<Awaited<ReturnType<typeof currentUser>>>;

/**
 * `no-transform` keeps Next from gzipping these replies: they are a few kB, and on the one small machine that
 * serves a whole group, compressing each costs more (a quarter of a millisecond a grade) than it saves.
 */
export function json(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store, no-transform" } });
}

/**
 * Route handlers don't get Next's server-action Origin check, so this does the same: a browser always sends
 * Origin on a POST, and it must be this site. With SameSite=Lax cookies, that closes cross-site requests.
 */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * The body, or null when it is larger than `limit` bytes: a declared length is refused before reading, and a
 * body without one (chunked) is read only up to the limit.
 */
export async function readCappedBytes(request: Request, limit: number): Promise<Buffer | null> {
  const declared = request.headers.get("content-length");
  if (declared !== null && !(Number(declared) <= limit)) return null;
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * One JSON POST endpoint: same-origin, signed in, body checked by `schema`, and errors a person can act on.
 * `onConflict` answers a refused change with the member's fresh state, so the screen can move on.
 */
export async function handleJsonPost<T>(
  request: Request,
  schema: z.ZodType<T>,
  handle: (user: Member, body: T) => Promise<unknown>,
  onConflict: (user: Member, body: T) => Promise<unknown> = async () => ({}),
): Promise<Response> {
  if (!sameOrigin(request)) return json(403, { error: "Cross-site request refused." });
  if (!request.headers.get("content-type")?.includes("application/json")) {
    return json(415, { error: "Send the request as JSON." });
  }
  const body = await readCappedBytes(request, MAX_BODY_BYTES);
  if (body === null) return json(413, { error: "The request is too large." });
  let raw: unknown;
  try {
    raw = JSON.parse(body.toString("utf8"));
  } catch {
    return json(400, { error: "The request body is not valid JSON." });
  }
  const user = await currentUser();
  if (!user) return json(401, { error: "Your session has ended. Sign in again to go on studying." });
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return json(400, { error: parsed.error.issues[0]?.message ?? "Invalid request." });

  try {
    return json(200, await handle(user, parsed.data));
  } catch (error) {
    const reply = errorReply(error);
    if (!reply) throw error;
    if (reply.status === 409) return json(409, { ...reply.body, ...((await onConflict(user, parsed.data)) as object) });
    return json(reply.status, reply.body);
  }
}
