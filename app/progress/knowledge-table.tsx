import type { KnowledgeRow } from "@/app/_lib/stats/knowledge";

const one = (value: number) => value.toFixed(1).replace(/\.0$/, "");

export function KnowledgeTable({ rows }: { rows: readonly KnowledgeRow[] }) {
  const total = rows.reduce((sum, row) => ({ cards: sum.cards + row.cards, studied: sum.studied + row.studied, known: sum.known + row.known }), { cards: 0, studied: 0, known: 0 });
  return (
    <table className="compact">
      <thead>
        <tr>
          <th scope="col">Topic</th>
          <th scope="col">Known now</th>
          <th scope="col">Studied</th>
          <th scope="col">Cards</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.slug}>
            <th scope="row">
              <a href={`/topics/${row.slug}`}>{row.title}</a>
            </th>
            <td>{one(row.known)}</td>
            <td>{row.studied}</td>
            <td>{row.cards}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">All topics</th>
          <td>{one(total.known)}</td>
          <td>{total.studied}</td>
          <td>{total.cards}</td>
        </tr>
      </tfoot>
    </table>
  );
}
