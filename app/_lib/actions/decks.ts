"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/app/_lib/auth";
import * as clock from "@/app/_lib/clock";
import { renderMarkdown } from "@/app/_lib/content/render-markdown";
import { addCard, addQuestion, editCard, editQuestion, retireItem, type ItemWrite } from "@/app/_lib/dal/deck-item-store";
import { createDeck, removeDeck, setDeckShared } from "@/app/_lib/dal/deck-store";
import { getDb } from "@/app/_lib/db";
import {
  deckIdSchema,
  editCardSchema,
  editQuestionSchema,
  MAX_OPTIONS,
  newCardSchema,
  newDeckSchema,
  newQuestionSchema,
  previewSchema,
  retireItemSchema,
} from "@/app/_lib/decks/schemas";
import { field, invalid, invalidByPath, type FormState } from "./form-state";

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

/** A card form's fields, as the schemas take them. */
const cardFields = (formData: FormData) => ({
  front: field(formData, "front") ?? "",
  back: field(formData, "back") ?? "",
  domain: field(formData, "domain"),
  tags: field(formData, "tags") ?? "",
});

/** A question form's fields; its options are numbered fields (options.0.text…), as many as the form shows. */
function questionFields(formData: FormData) {
  const options = [];
  // One past the most the form offers, so a forged seventh option is refused by name rather than dropped.
  for (let index = 0; index <= MAX_OPTIONS && formData.has(`options.${index}.text`); index++) {
    options.push({
      text: field(formData, `options.${index}.text`) ?? "",
      explanation: field(formData, `options.${index}.explanation`) ?? "",
      correct: formData.get(`options.${index}.correct`) === "on",
    });
  }
  return { topic: field(formData, "topic") ?? "", stem: field(formData, "stem") ?? "", options, domain: field(formData, "domain"), tags: field(formData, "tags") ?? "" };
}

/** What a member is told when the store refused a write. */
function refusal(write: Extract<ItemWrite, { ok: false }>, what: "card" | "question"): FormState {
  switch (write.refused) {
    case "deck":
      return { ok: false, message: "Only the deck's author can change it, and only while the deck is there." };
    case "item":
      return { ok: false, message: `This ${what} has been retired, so it can't be changed. Go back to the deck to write a new one.` };
    default:
      return { ok: false, message: "Please fix the highlighted fields.", errors: { topic: ["Choose one of the deck's topics: that one has been removed."] } };
  }
}

/** A deck's page → Add a card. Only the deck's author can; the form is kept on a refusal. */
export async function addCardAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = newCardSchema.safeParse({ id: field(formData, "id"), deckId: field(formData, "deckId"), ...cardFields(formData) });
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

/** A deck's page → Add a question. Only the deck's author can; the form is kept on a refusal. */
export async function addQuestionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = newQuestionSchema.safeParse({ id: field(formData, "id"), deckId: field(formData, "deckId"), ...questionFields(formData) });
  if (!parsed.success) return invalidByPath(parsed.error);
  const write = await addQuestion(await getDb(), user.id, parsed.data, await clock.now());
  if (!write.ok) return refusal(write, "question");
  revalidatePath(`/decks/${parsed.data.deckId}`);
  return { ok: true, message: "Question added. Members who see the deck can meet it in quizzes and timed exams." };
}

/** A card's edit page → Save: the same card, so everyone's progress on it is kept. */
export async function editCardAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = editCardSchema.safeParse({ deckId: field(formData, "deckId"), itemId: field(formData, "itemId"), ...cardFields(formData) });
  if (!parsed.success) return invalid(parsed.error);
  const write = await editCard(await getDb(), user.id, parsed.data, await clock.now());
  if (!write.ok) return refusal(write, "card");
  revalidatePath(`/decks/${parsed.data.deckId}`, "layout");
  return { ok: true, message: "Saved. Everyone who studies this card keeps their progress on it." };
}

/** A question's edit page → Save: the same question, so everyone's reviews of it are kept. */
export async function editQuestionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = editQuestionSchema.safeParse({ deckId: field(formData, "deckId"), itemId: field(formData, "itemId"), ...questionFields(formData) });
  if (!parsed.success) return invalidByPath(parsed.error);
  const write = await editQuestion(await getDb(), user.id, parsed.data, await clock.now());
  if (!write.ok) return refusal(write, "question");
  revalidatePath(`/decks/${parsed.data.deckId}`, "layout");
  return { ok: true, message: "Saved. Everyone who has answered this question keeps their reviews of it." };
}

/** An item's edit page → Retire: it leaves everyone's study and quizzes; back to the deck. */
export async function retireItemAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = retireItemSchema.safeParse({ deckId: field(formData, "deckId"), itemId: field(formData, "itemId"), kind: field(formData, "kind") });
  if (!parsed.success) return { ok: false, message: "Reload the page and try again." };
  const write = await retireItem(await getDb(), user.id, parsed.data, await clock.now());
  if (!write.ok) return refusal(write, parsed.data.kind);
  revalidatePath(`/decks/${parsed.data.deckId}`, "layout");
  redirect(`/decks/${parsed.data.deckId}?retired=${parsed.data.kind}`);
}

/** A deck's page → Remove: by its author, or by the admin for a shared deck; back to /decks. */
export async function removeDeckAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const deckId = deckIdSchema.safeParse(field(formData, "deckId"));
  if (!deckId.success) return { ok: false, message: "Reload the page and try again." };
  if (!(await removeDeck(await getDb(), user.id, deckId.data, await clock.now()))) {
    return { ok: false, message: "Only the deck's author can remove it, or the group's admin once it is shared with the group." };
  }
  revalidatePath("/", "layout");
  redirect("/decks");
}
