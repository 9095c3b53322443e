import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { currentUser, requireUser } from "@/app/_lib/auth";
import { deckPage, editableItem } from "@/app/_lib/dal/decks";
import { CardForm } from "@/app/decks/[deckId]/card-form";
import { QuestionForm } from "@/app/decks/[deckId]/question-form";
import { RetireItemForm } from "@/app/decks/[deckId]/removal-forms";

// Only the deck's author reaches this page: for anyone else, and for a retired item, it is not found (404), as
// another member's ids are everywhere.

/** The item id from the address: a page's params come percent-encoded (an imported id may hold any character). */
function itemIdOf(param: string) {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}

async function load(deckId: string, itemId: string) {
  const user = await requireUser(`/decks/${deckId}/items/${encodeURIComponent(itemId)}/edit`);
  const [deck, item] = await Promise.all([deckPage(user.id, deckId), editableItem(user.id, deckId, itemId)]);
  return deck && item ? { deck, item } : null;
}

export async function generateMetadata({ params }: PageProps<"/decks/[deckId]/items/[itemId]/edit">): Promise<Metadata> {
  const { deckId, itemId } = await params;
  const found = (await currentUser()) && (await load(deckId, itemIdOf(itemId)));
  return { title: found ? `Edit the ${found.item.kind}: ${found.deck.title}` : "Item not found" };
}

export default async function EditItemPage({ params }: PageProps<"/decks/[deckId]/items/[itemId]/edit">) {
  const { deckId, itemId } = await params;
  const found = await load(deckId, itemIdOf(itemId));
  if (!found) notFound();
  const { deck, item } = found;
  return (
    <div className="page">
      <Breadcrumbs trail={[{ href: "/decks", label: "Decks" }, { href: `/decks/${deck.id}`, label: deck.title }]} current={`Edit the ${item.kind}`} />
      <h1>Edit the {item.kind}</h1>
      <p className="lede">
        Saving changes this {item.kind} in place: everyone who has studied it keeps their progress, and sees the new text from now on.
      </p>
      {item.kind === "card" ? (
        <CardForm deckId={deck.id} draft={{ itemId: item.id, frontMd: item.frontMd, backMd: item.backMd, frontHtml: item.frontHtml, backHtml: item.backHtml, domain: item.domain, tags: item.tags }} />
      ) : (
        <QuestionForm
          deckId={deck.id}
          topics={item.topics}
          defaultTopic={item.topicSlug}
          draft={{ itemId: item.id, stemMd: item.stemMd, stemHtml: item.stemHtml, options: item.options, topicSlug: item.topicSlug, domain: item.domain, tags: item.tags }}
        />
      )}
      <RetireItemForm deckId={deck.id} itemId={item.id} kind={item.kind} />
    </div>
  );
}
