import { z } from "zod";
import { sameOrigin, readCappedBytes } from "@/app/_lib/api/json-route";
import { currentUser } from "@/app/_lib/auth";
import * as clock from "@/app/_lib/clock";
import { ImportBusy, readUpload, refusedUpload } from "@/app/_lib/dal/deck-import";
import { domainSchema } from "@/app/_lib/decks/schemas";
import { IMPORT_LIMITS } from "@/app/_lib/import/limits";

/** Room for the form's other fields and the multipart framing around the file. */
const FORM_OVERHEAD = 64 * 1024;
const TOO_LARGE = `The file is larger than ${Math.round(IMPORT_LIMITS.fileBytes / 1024 / 1024)} MB: split the deck and import it in parts.`;

const uploadSchema = z.object({
  file: z
    .instanceof(File, { error: "Choose a file to import." })
    .refine((file) => file.size > 0, { error: "The file is empty: choose the file you exported." })
    .refine((file) => file.size <= IMPORT_LIMITS.fileBytes, { error: TOO_LARGE }),
  domain: domainSchema,
});

const refuse = (status: number, message: string) => new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
const toPreview = (draftId: string) => new Response(null, { status: 303, headers: { Location: `/decks/import/${draftId}`, "Cache-Control": "no-store" } });

/**
 * /decks/import's form posts the file here (a plain form: it works without JavaScript). The file is read in a
 * process of its own into the member's draft, and the browser goes on to its preview, where nothing is written
 * until the member says so. A refused file has a preview too: the reason, naming the line, note or entry.
 */
export async function POST(request: Request): Promise<Response> {
  if (!sameOrigin(request)) return refuse(403, "Cross-site request refused.");
  const user = await currentUser();
  if (!user) return refuse(401, "Your session has ended. Sign in again, then import the file.");
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.startsWith("multipart/form-data")) return refuse(415, "Send the file from the import form.");
  const now = await clock.now();
  const body = await readCappedBytes(request, IMPORT_LIMITS.fileBytes + FORM_OVERHEAD);
  if (body === null) return toPreview((await refusedUpload(user.id, "the file", TOO_LARGE, now)).deckId);
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { "Content-Type": contentType } }).formData();
  } catch {
    return toPreview((await refusedUpload(user.id, "the file", "The upload arrived incomplete: send the file again.", now)).deckId);
  }
  const upload = form.get("file");
  const fileName = upload instanceof File ? upload.name : "the file";
  const parsed = uploadSchema.safeParse({ file: upload, domain: form.get("domain") });
  if (!parsed.success) return toPreview((await refusedUpload(user.id, fileName, parsed.error.issues[0]?.message ?? "Choose a file to import.", now)).deckId);
  const { file, domain } = parsed.data;
  try {
    return toPreview((await readUpload(user.id, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, domain, now)).deckId);
  } catch (error) {
    if (error instanceof ImportBusy) return toPreview((await refusedUpload(user.id, file.name, error.message, now)).deckId);
    throw error;
  }
}
