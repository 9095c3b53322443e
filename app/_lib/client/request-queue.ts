/** Every endpoint's reply carries `error` when it refuses; the rest depends on the endpoint. */
export interface Reply {
  error?: string;
}

export type SendOutcome<R extends Reply> =
  | { status: "ok"; reply: R }
  /** Refused because the thing moved on elsewhere (graded in another tab, exam closed). */
  | { status: "conflict"; reply: R }
  | { status: "signed-out"; reply: R }
  /** Invalid or not found: retrying would not help. */
  | { status: "refused"; reply: R };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends a screen's requests one at a time, in order, and never drops one: a network failure or a busy server
 * is retried until it gets an answer, so every request must be safe to repeat (a grade carries its own
 * request id; an answer save sets a value). `onTrouble` shows or clears the "retrying" message.
 */
export function createRequestQueue<R extends Reply>(onTrouble: (message: string | null) => void, onPending: (count: number) => void) {
  let chain: Promise<unknown> = Promise.resolve();
  let pending = 0;

  async function post(path: string, body: unknown): Promise<SendOutcome<R>> {
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await fetch(path, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(body),
          // A grade sent just before a reload or a closed tab still reaches the server.
          keepalive: true,
        });
        const reply = (await response.json().catch(() => ({}))) as R;
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
    send(path: string, body: unknown): Promise<SendOutcome<R>> {
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
