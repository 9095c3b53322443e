import type { DeckStanding } from "@/app/_lib/stats/deck-breakdown";

const one = (value: number) => value.toFixed(1).replace(/\.0$/, "");

/** /progress by deck: each deck's mature cards, estimated knowledge and quiz accuracy, with links to work on it. */
export function DeckTable({ rows }: { rows: readonly DeckStanding[] }) {
  return (
    <table className="decks-table">
      <caption className="visually-hidden">Your progress by deck</caption>
      <thead>
        <tr>
          <th scope="col">Deck</th>
          <th scope="col">Studied</th>
          <th scope="col">Mature cards</th>
          <th scope="col">Known now</th>
          <th scope="col">Quiz accuracy</th>
          <th scope="col">Practise</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const query = `deck=${encodeURIComponent(row.id)}`;
          return (
            <tr key={row.id}>
              <th scope="row">{row.title}</th>
              <td>
                {row.studied}/{row.cards}
              </td>
              <td>
                {row.mature}/{row.cards} ({row.masteryPercent}%)
              </td>
              <td>{one(row.known)}</td>
              <td>{row.quizPercent === null ? "no answers yet" : `${row.quizCorrect}/${row.quizTotal} (${row.quizPercent}%)`}</td>
              <td className="row-actions">
                <a href={`/study?${query}`} aria-label={`Study ${row.title}`}>
                  Study
                </a>{" "}
                <a href={`/quiz?${query}`} aria-label={`Quiz on ${row.title}`}>
                  Quiz
                </a>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
