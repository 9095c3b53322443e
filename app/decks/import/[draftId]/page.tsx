import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { Markdown } from "@/app/_components/markdown";
import { TableScroll } from "@/app/_components/table-scroll";
import { requireUser } from "@/app/_lib/auth";
import * as clock from "@/app/_lib/clock";
import { countOf } from "@/app/_lib/count-of";
import { importPreview } from "@/app/_lib/dal/deck-import";
import { PREVIEW_ITEMS } from "@/app/_lib/dal/import-drafts";
import { UploadForm } from "../upload-form";
import { CommitForm } from "./commit-form";

export const metadata: Metadata = { title: "Import preview" };

export default async function ImportPreviewPage({ params }: PageProps<"/decks/import/[draftId]">) {
  const { draftId } = await params;
  const user = await requireUser(`/decks/import/${draftId}`);
  const draft = await importPreview(user.id, draftId, await clock.now());
  const crumbs = <Breadcrumbs trail={[{ href: "/decks", label: "Decks" }, { href: "/decks/import", label: "Import" }]} current="Preview" />;

  if (!draft) {
    return (
      <div className="page">
        {crumbs}
        <h1>This preview has expired</h1>
        <p className="lede">Previews last an hour, and a server restart clears them. Nothing was written: upload the file again.</p>
        <UploadForm />
      </div>
    );
  }

  if ("refused" in draft.outcome) {
    return (
      <div className="page">
        {crumbs}
        <h1>{draft.fileName} can&apos;t be imported</h1>
        <p className="import-refusal" role="alert" id="import-refusal">
          {draft.outcome.refused.message}
        </p>
        <p className="lede">Nothing was written. Fix the file and upload it again.</p>
        <UploadForm />
      </div>
    );
  }

  const { preview: plan } = draft.outcome;
  const what = [plan.cards > 0 || plan.questions === 0 ? countOf(plan.cards, "card") : null, plan.questions > 0 ? countOf(plan.questions, "question") : null]
    .filter(Boolean)
    .join(" and ");
  return (
    <div className="page">
      {crumbs}
      <h1>Preview: {plan.title}</h1>
      <p className="lede">
        From <strong>{draft.fileName}</strong>. Nothing is saved yet: check what it holds, then import it or discard it.
      </p>
      <dl className="import-counts" aria-label="What the file holds">
        <div>
          <dt>Cards</dt>
          <dd id="import-cards">{plan.cards.toLocaleString("en")}</dd>
        </div>
        <div>
          <dt>Questions</dt>
          <dd id="import-questions">{plan.questions.toLocaleString("en")}</dd>
        </div>
        <div>
          <dt>Images</dt>
          <dd id="import-media">{plan.images.toLocaleString("en")}</dd>
        </div>
        <div>
          <dt>Left out</dt>
          <dd id="import-skipped">{plan.skipped.reduce((sum, skip) => sum + skip.count, 0).toLocaleString("en")}</dd>
        </div>
      </dl>

      {plan.skipped.length > 0 && (
        <section aria-labelledby="skipped-title">
          <h2 id="skipped-title">Left out</h2>
          <TableScroll label="Notes left out">
            <table className="skipped-table" aria-labelledby="skipped-title">
              <thead>
                <tr>
                  <th scope="col">Why</th>
                  <th scope="col">How many</th>
                  <th scope="col">The first</th>
                </tr>
              </thead>
              <tbody>
                {plan.skipped.map((skip) => (
                  <tr key={skip.reason}>
                    <td>{skip.reason}</td>
                    <td>{skip.count.toLocaleString("en")}</td>
                    <td>{skip.first}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      )}

      <CommitForm draftId={draft.deckId} title={plan.title} what={what} />

      {plan.cards > 0 && (
        <section aria-labelledby="first-cards-title">
          <h2 id="first-cards-title">{plan.cards > PREVIEW_ITEMS ? `The first ${PREVIEW_ITEMS} cards` : "The cards"}</h2>
          <ol className="import-items">
            {plan.firstCards.map((card) => (
              <li key={card.id} className="panel">
                <Markdown html={card.frontHtml} />
                <hr />
                <Markdown html={card.backHtml} />
                {card.tags.length > 0 && <p className="muted">Tags: {card.tags.join(", ")}</p>}
              </li>
            ))}
          </ol>
        </section>
      )}
      {plan.questions > 0 && (
        <section aria-labelledby="first-questions-title">
          <h2 id="first-questions-title">{plan.questions > PREVIEW_ITEMS ? `The first ${PREVIEW_ITEMS} questions` : "The questions"}</h2>
          <ol className="import-items">
            {plan.firstQuestions.map((question) => (
              <li key={question.id} className="panel">
                <Markdown html={question.stemHtml} />
                <ul>
                  {(JSON.parse(question.options) as { key: string; textHtml: string; correct: boolean }[]).map((option) => (
                    <li key={option.key}>
                      <Markdown as="span" html={option.textHtml} />
                      {option.correct && <strong> (correct)</strong>}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      )}
      <p>
        <Link href="/decks">Back to decks</Link>
      </p>
    </div>
  );
}
