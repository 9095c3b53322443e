"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/app/_lib/auth";
import * as clock from "@/app/_lib/clock";
import { renderMarkdown } from "@/app/_lib/content/render-markdown";
import { addCard, createDeck, setDeckShared } from "@/app/_lib/dal/deck-store";
import { getDb } from "@/app/_lib/db";
import { deckIdSchema, newCardSchema, newDeckSchema, previewSchema } from "@/app/_lib/decks/schemas";
import { field, invalid, type FormState } from "./form-state";

/** /decks → New deck: personal unless "share with the group" is ticked; opens the new deck. */
export async function createDeckAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = newDeckSchema.safeParse({ id: field(formData, "id"), title: field(formData, "title") ?? "", description: field(formData, "description") ?? "", shared: formData.get("shared") === "on" });
  if (!parsed.success) return invalid(parsed.error);
  const id = await createDeck(await getDb(), user.id, parsed.data, await clock.now());
  if (!id) return { ok: false, message: "Reload the page and try again." };
  revalidatePath("/decks");
  redirect(`/decks/${id}`);
}

/** A deck's page → Add a card. Only the deck's author can; the form is kept on a refusal. */
export async function addCardAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = newCardSchema.safeParse({
    id: field(formData, "id"),
    deckId: field(formData, "deckId"),
    front: field(formData, "front") ?? "",
    back: field(formData, "back") ?? "",
    domain: field(formData, "domain"),
    tags: field(formData, "tags") ?? "",
  });
  if (!parsed.success) return invalid(parsed.error);
  const id = await addCard(await getDb(), user.id, parsed.data, await clock.now());
  if (!id) return { ok: false, message: "Only the deck's author can add cards to it." };
  revalidatePath(`/decks/${parsed.data.deckId}`);
  return { ok: true, message: "Card added. Write the next one, or study the deck." };
}

/** The live preview: Markdown rendered by the same sanitizing renderer as every card. */
export async function previewMarkdown(markdown: string): Promise<string> {
  await requireUser();
  const parsed = previewSchema.safeParse(markdown);
  return parsed.success ? renderMarkdown(parsed.data) : "";
}

export async function shareDeckAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const deckId = deckIdSchema.safeParse(field(formData, "deckId"));
  if (!deckId.success) return;
  await setDeckShared(await getDb(), user.id, deckId.data, field(formData, "shared") === "true", await clock.now());
  revalidatePath("/decks", "layout");
}
