import { Markdown } from "@/app/_components/markdown";
import type { QuestionView, SolutionView } from "@/app/_lib/dal/quiz";

/**
 * A question's options, in this attempt's order, lettered A, B, C… as shown. Interactive (radio buttons, or
 * checkboxes for "choose N") while answering; with a solution, each option says whether it was right and why.
 */
export function OptionList({
  question,
  selected,
  onToggle,
  solution,
  struck = [],
  onStrike,
}: {
  question: Pick<QuestionView, "position" | "choose" | "options">;
  selected: readonly string[];
  onToggle?: (key: string) => void;
  solution?: SolutionView | null;
  /** Options struck out as wrong (an exam's note to self); `onStrike` toggles one (a right click, or Shift+letter). */
  struck?: readonly string[];
  onStrike?: (key: string) => void;
}) {
  const multiple = question.choose > 1;
  const name = `q${question.position}`;
  return (
    <fieldset className="options-field">
      <legend className={multiple ? "choose-n" : "visually-hidden"}>
        {multiple ? `Choose ${question.choose}` : "Choose one"}
      </legend>
      <ul className="options">
        {question.options.map((option) => {
          const chosen = selected.includes(option.key);
          const out = struck.includes(option.key);
          const right = solution?.correctKeys.includes(option.key);
          const id = `${name}-${option.key}`;
          const verdict = solution ? (right ? "Correct answer" : chosen ? "Your choice, wrong" : "Wrong") : null;
          return (
            <li
              key={option.key}
              className={`option${solution ? (right ? " is-right" : chosen ? " is-wrong" : "") : ""}${chosen ? " is-chosen" : ""}${out ? " is-struck" : ""}`}
              onContextMenu={
                onStrike
                  ? (event) => {
                      event.preventDefault();
                      onStrike(option.key);
                    }
                  : undefined
              }
            >
              <input
                id={id}
                type={multiple ? "checkbox" : "radio"}
                name={name}
                value={option.key}
                checked={chosen}
                disabled={!onToggle}
                readOnly={!onToggle}
                // Server-rendered results pass no handler: a function can't cross to the client.
                onChange={onToggle ? () => onToggle(option.key) : undefined}
              />
              <label htmlFor={id} className="option-text">
                <span className="option-key">{option.label}</span>
                <Markdown as="span" html={option.textHtml} />
                {chosen && solution && <span className="visually-hidden"> (your choice)</span>}
              </label>
              {onStrike && (
                <button
                  type="button"
                  className="strike"
                  aria-pressed={out}
                  aria-label={`Strike out option ${option.label}`}
                  title="Strike out as wrong (right click, or Shift and the letter)"
                  onClick={() => onStrike(option.key)}
                >
                  <span aria-hidden="true">✕</span>
                </button>
              )}
              {solution && (
                <div className="option-explanation">
                  <span className={`verdict ${right ? "right" : "wrong"}`}>{verdict}</span>
                  <Markdown html={solution.explanations[option.key] ?? ""} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** A wrong or right banner, the guide section, and any correction the guide needs. */
export function SolutionFacts({ solution }: { solution: SolutionView }) {
  return (
    <p className="solution-facts">
      {solution.sectionTitle && <span>Guide section: {solution.sectionTitle}. </span>}
      <span>Exam domain: {solution.domain}. </span>
      {solution.href && <a href={solution.href}>Open this question</a>}
    </p>
  );
}
