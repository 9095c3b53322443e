import Link from "next/link";

export default function NotFound() {
  return (
    <div className="page">
      <h1>Not found</h1>
      <p className="lede">That page, card or question does not exist, or it was retired from the decks.</p>
      <p>
        <Link className="button" href="/">
          Back to the topics
        </Link>
      </p>
    </div>
  );
}
