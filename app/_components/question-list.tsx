import { domainLabel } from "@/app/_lib/content/schema";
import type { StoredCorrection } from "@/app/_lib/seed/to-records";
import { Markdown } from "./markdown";
import { TagList } from "./tag-list";

export interface QuestionSummary {
  id: string;
  domain: string;
  stemHtml: string;
  choose: number;
  tags: string[];
  correction: StoredCorrection | null;
}

/** Scenario questions as a list of stems; each opens on its own page with options and explanations. */
export function QuestionList({ questions }: { questions: QuestionSummary[] }) {
  if (questions.length === 0) return <p className="empty">No questions match.</p>;
  return (
    <ol className="item-list" aria-label="Scenario questions">
      {questions.map((question) => (
        <li key={question.id} className="panel item">
          <div className="item-meta">
            <span className="badge">{domainLabel(question.domain)}</span>
            {question.choose > 1 && <span className="badge">Choose {question.choose}</span>}
            {question.correction && <span className="badge warm">Corrects the guide</span>}
          </div>
          <Markdown html={question.stemHtml} />
          <p>
            <a href={`/questions/${question.id}`}>Answer this question</a>
          </p>
          <TagList tags={question.tags} />
        </li>
      ))}
    </ol>
  );
}
