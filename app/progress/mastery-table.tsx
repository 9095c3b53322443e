import type { ProgressReport } from "@/app/_lib/dal/progress";

/** Mastery rows, weakest first, each with a way to work on it. */
export function MasteryTable({ title, rows, links }: { title: string; rows: ProgressReport["byTopic"]; links: boolean }) {
  return (
    <table>
      <caption className="visually-hidden">{title}, weakest first</caption>
      <thead>
        <tr>
          <th scope="col">{title.replace("Mastery by ", "").replace(/^./, (c) => c.toUpperCase())}</th>
          <th scope="col">Mature cards</th>
          <th scope="col">Quiz accuracy</th>
          {links && <th scope="col">Practise</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.key}</th>
            <td>
              <span className="meter" aria-hidden="true">
                <span className={`meter-fill w${Math.round(row.masteryPercent / 10) * 10}`} />
              </span>{" "}
              {row.mature}/{row.cards} ({row.masteryPercent}%)
            </td>
            <td>{row.quizPercent === null ? "no answers yet" : `${row.quizCorrect}/${row.quizTotal} (${row.quizPercent}%)`}</td>
            {links && (
              <td className="row-actions">
                <a href={`/study?topic=${row.slug}`} aria-label={`Study ${row.key}`}>
                  Study
                </a>{" "}
                <a href={`/quiz?topic=${row.slug}`} aria-label={`Quiz on ${row.key}`}>
                  Quiz
                </a>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
