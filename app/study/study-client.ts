import type { StudySnapshot } from "../_lib/srs/session";

export interface StudyReply {
  error?: string;
  snapshot?: StudySnapshot;
}

export type SendOutcome =
  | { status: "ok"; reply: StudyReply }
  /** Refused because the item moved on elsewhere; the reply holds the fresh queue. */
  | { status: "conflict"; reply: StudyReply }
  | { status: "signed-out"; reply: StudyReply }
  /** Invalid or not found: retrying would not help. */
  | { status: "refused"; reply: StudyReply };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends the study screen's requests one at a time, in order, and never drops one: a network failure or a
 * busy server is retried (each grade carries its own request id, so a retry can't apply twice) until it
 * gets an answer. `onTrouble` shows or clears the "retrying" message.
 */
export function createStudyClient(onTrouble: (message: string | null) => void, onPending: (count: number) => void) {
  let chain: Promise<unknown> = Promise.resolve();
  let pending = 0;

  async function post(path: string, body: unknown): Promise<SendOutcome> {
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await fetch(path, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(body),
          // A grade sent just before a reload or a closed tab still reaches the server.
          keepalive: true,
        });
        const reply = (await response.json().catch(() => ({}))) as StudyReply;
        if (response.status < 500) onTrouble(null);
        if (response.ok) return { status: "ok", reply };
        if (response.status === 409) return { status: "conflict", reply };
        if (response.status === 401) return { status: "signed-out", reply };
        if (response.status < 500) return { status: "refused", reply };
        onTrouble(`${reply.error ?? "The server had a problem."} Your work is kept in this tab; trying again…`);
      } catch {
        onTrouble("Can't reach the server. Your work is kept in this tab and will be sent when it is back…");
      }
      await sleep(Math.min(8_000, 400 * 2 ** attempt));
    }
  }

  return {
    send(path: string, body: unknown): Promise<SendOutcome> {
      onPending((pending += 1));
      const result = chain.then(() => post(path, body)).finally(() => onPending((pending -= 1)));
      chain = result.catch(() => undefined);
      return result;
    },
    /** Requests sent but not yet answered: while any are, the screen's own guess is newer than the server's. */
    get pending() {
      return pending;
    },
  };
}
