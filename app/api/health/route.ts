import { checkDatabase } from "@/app/_lib/dal/health";

/**
 * For the admin's uptime check (and the bench's floor): 200 when the server and its database answer, 503
 * when the database doesn't. No session needed, and nothing about the group in the reply.
 */
export async function GET(): Promise<Response> {
  try {
    await checkDatabase();
    return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ ok: false, error: "The database is not answering." }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
