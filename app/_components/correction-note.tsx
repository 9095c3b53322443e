import type { StoredCorrection } from "@/app/_lib/seed/to-records";
import { Markdown } from "./markdown";

/** Where the source guide is wrong or dated: what it says, what is true, and AWS's page that says so. */
export function CorrectionNote({ correction, headingLevel = 3 }: { correction: StoredCorrection; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <aside className="correction" aria-label="Correction to the guide">
      <Heading>Correction to the guide</Heading>
      <p className="guide-said">
        The guide says: <q>{correction.guide}</q>
      </p>
      <p>
        <Markdown as="span" html={correction.noteHtml} />{" "}
        <a href={correction.source} rel="noopener noreferrer">
          AWS documentation
        </a>
      </p>
    </aside>
  );
}
