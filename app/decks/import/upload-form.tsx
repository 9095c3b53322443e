"use client";

import { useState, type FormEvent } from "react";
import { DomainSelect } from "@/app/_components/domain-select";
import { ACCEPTED_FILES } from "@/app/_lib/import/import-kind";
import { IMPORT_LIMITS } from "@/app/_lib/import/limits";

const LIMIT_MB = Math.round(IMPORT_LIMITS.fileBytes / 1024 / 1024);

/**
 * A plain form posting the file to /api/decks/import (it works without JavaScript); with it, a file over the
 * limit is refused before it is sent, and the button says the file is being read.
 */
export function UploadForm() {
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState("");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
    if (file && file.size > IMPORT_LIMITS.fileBytes) {
      event.preventDefault();
      setProblem(`${file.name} is larger than ${LIMIT_MB} MB: split the deck and import it in parts.`);
      return;
    }
    if (reading) return event.preventDefault(); // a second click while the first upload is read
    setProblem("");
    setReading(true);
  }

  return (
    <form className="panel form" method="post" action="/api/decks/import" encType="multipart/form-data" onSubmit={onSubmit} aria-labelledby="upload-title" aria-busy={reading}>
      <h2 id="upload-title">Upload a file</h2>
      <div className="field">
        <label htmlFor="import-file">Deck file</label>
        <p className="field-hint" id="import-file-hint">
          An Anki package (.apkg), Anki&apos;s text export (.txt or .csv), or this app&apos;s Markdown format (.md, or a .zip exported from Decks). Up to {LIMIT_MB} MB.
        </p>
        <input id="import-file" name="file" type="file" accept={ACCEPTED_FILES} required aria-describedby={problem ? "import-file-hint import-file-error" : "import-file-hint"} aria-invalid={problem ? true : undefined} />
        {problem && (
          <p className="field-error" id="import-file-error">
            {problem}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="import-domain">Exam domain of its cards</label>
        <p className="field-hint" id="import-domain-hint">
          Anki files don&apos;t say; a Markdown deck&apos;s items keep their own.
        </p>
        <DomainSelect id="import-domain" describedBy="import-domain-hint" />
      </div>
      <p className="muted">You see a preview next; nothing is saved until you choose Import.</p>
      <button className="button" type="submit" disabled={reading}>
        {reading ? "Reading the file…" : "Preview the import"}
      </button>
    </form>
  );
}
