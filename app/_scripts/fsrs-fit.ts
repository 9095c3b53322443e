/**
 * The FSRS optimizer's own process (started by dal/fsrs-optimizer.ts): building tens of thousands of training
 * items and scoring the models is seconds of JavaScript work that would stall every other request if it ran in
 * the server. Reads one member's history as JSON on stdin; writes one JSON object per line on stdout:
 * {"progress": 0–1} as it goes, then {"result": {parameters, evaluation}} or {"error": message}.
 */
import { text } from "node:stream/consumers";
import { z } from "zod";
import { fitAndEvaluate } from "../_lib/srs/fit";

const inputSchema = z.object({
  history: z.array(
    z.object({
      item: z.string().min(1),
      rating: z.literal([1, 2, 3, 4]),
      quality: z.literal([0, 1, 2, 3, 4, 5]).nullable(),
      elapsedDays: z.number().int().min(0),
    }),
  ),
  fit: z.boolean(),
});

const send = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);

try {
  const { history, fit } = inputSchema.parse(JSON.parse(await text(process.stdin)));
  let reported = 0;
  const result = await fitAndEvaluate(history, fit, (fraction) => {
    // A line per percent at most.
    if (fraction - reported >= 0.01 || fraction === 1) send({ progress: (reported = fraction) });
  });
  send({ result });
} catch (error) {
  send({ error: error instanceof Error ? error.message : String(error) });
  process.exitCode = 1;
}
