"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/app/_lib/auth";
import * as clock from "@/app/_lib/clock";
import { commitDraft, discardDraft } from "@/app/_lib/dal/deck-import";
import { deckIdSchema, newDeckSchema } from "@/app/_lib/decks/schemas";
import { field, invalid, type FormState } from "./form-state";

const commitSchema = newDeckSchema.pick({ title: true, description: true }).extend({ draftId: deckIdSchema });

/** An import's preview → Import: writes the deck in one transaction and opens it. A second click opens it too. */
export async function commitImportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = commitSchema.safeParse({ draftId: field(formData, "draftId"), title: field(formData, "title") ?? "", description: field(formData, "description") ?? "" });
  if (!parsed.success) return invalid(parsed.error);
  const { draftId, ...input } = parsed.data;
  const id = await commitDraft(user.id, draftId, input, await clock.now());
  if (!id) return { ok: false, message: "This preview has expired (previews last an hour, and a server restart clears them). Upload the file again." };
  revalidatePath("/decks", "layout");
  redirect(`/decks/${id}`);
}

/** An import's preview → Discard: the draft is dropped; nothing had been written. */
export async function discardImportAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const draftId = z.string().safeParse(field(formData, "draftId"));
  if (draftId.success) await discardDraft(user.id, draftId.data);
  redirect("/decks/import");
}
