import { endpointUrl, type AnswerOf, type Endpoint, type RequestOf } from "@/app/_lib/api/endpoints";
import { createRequestQueue, type SendOutcome } from "./request-queue";

/**
 * A screen's requests to the JSON endpoints, typed by the endpoint table: each endpoint takes its own request
 * type and answers with its own reply type. Sent through one request queue (in order, retried, never dropped).
 */
export function createEndpointClient(onTrouble: (message: string | null) => void, onPending: (count: number) => void) {
  const queue = createRequestQueue<AnswerOf<Endpoint>>(onTrouble, onPending);
  return {
    send<E extends Endpoint>(endpoint: E, body: RequestOf<E>, attemptId?: string): Promise<SendOutcome<AnswerOf<E>>> {
      // The one place a reply's type is taken on trust: the server's handler for this endpoint returns ReplyOf<E>.
      return queue.send(endpointUrl(endpoint, attemptId), body) as Promise<SendOutcome<AnswerOf<E>>>;
    },
    get pending() {
      return queue.pending;
    },
  };
}
