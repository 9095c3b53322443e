import { NextResponse, type NextRequest } from "next/server";

// Server actions (form posts to pages) above Next's 1 MB body limit make Next answer 500 (it throws inside the
// action handler); our forms send well under 1 kB. Refused here first, with a status that says what is wrong.
const ACTION_BODY_LIMIT = 1024 * 1024;

function refuseOversizedPost(request: NextRequest): Response | null {
  if (request.method !== "POST") return null;
  const length = request.headers.get("content-length");
  if (length === null) return new Response("Send the form with a Content-Length.", { status: 411 });
  if (!/^\d+$/.test(length) || Number(length) > ACTION_BODY_LIMIT) {
    return new Response("The form sent more data than any form here takes.", { status: 413 });
  }
  return null;
}

// Sets a per-request nonce Content-Security-Policy (Next.js applies the nonce to its own scripts), and refuses
// oversized form posts. Sessions are checked in every page and action, never here.
export function proxy(request: NextRequest) {
  const refusal = refuseOversizedPost(request);
  if (refusal) return refusal;
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const isDev = process.env.NODE_ENV === "development";
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (from React and Next's route announcer) can't carry a nonce; styles can't run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
