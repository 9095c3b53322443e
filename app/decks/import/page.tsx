import type { Metadata } from "next";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { requireUser } from "@/app/_lib/auth";
import { UploadForm } from "./upload-form";

export const metadata: Metadata = { title: "Import a deck" };

export default async function ImportPage() {
  await requireUser("/decks/import");
  return (
    <div className="page">
      <Breadcrumbs trail={[{ href: "/decks", label: "Decks" }]} current="Import" />
      <h1>Import a deck</h1>
      <p className="lede">
        Bring study material from Anki or from a text editor. Each file becomes a new deck of your own; share it with the group from its page. Anki&apos;s Basic notes become cards (front and
        back) with their tags and images; other note types are listed and left out.
      </p>
      <UploadForm />
      <section aria-labelledby="import-help-title">
        <h2 id="import-help-title">Getting a file out of Anki</h2>
        <ul>
          <li>
            <strong>A package:</strong> in Anki, File → Export…, choose <em>Anki Deck Package (.apkg)</em> and the deck, tick <em>Include media</em>.
          </li>
          <li>
            <strong>Text:</strong> File → Export…, choose <em>Notes in Plain Text (.txt)</em>, tick <em>Include HTML and media references</em> and <em>Include tags</em>. A
            spreadsheet saved as CSV works too: front, back and (optionally) tags in the first three columns.
          </li>
        </ul>
      </section>
    </div>
  );
}
