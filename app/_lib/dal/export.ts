import "server-only";
import { getDb } from "@/app/_lib/db";
import { markdownExport } from "@/app/_lib/export/markdown-deck";
import { deckFolders } from "@/app/_lib/export/member-decks";
import { deckForExport } from "./decks";
import { readKeyList, readParameters, readState } from "./json-columns";

/**
 * The live decks the member wrote (personal or shared; never the bundled one, nor another member's), each with its
 * files in the app's Markdown format under a folder named after it.
 */
export async function authoredDecks(userId: string) {
  const db = await getDb();
  const owned = await db.deck.findMany({ where: { ownerId: userId, retiredAt: null }, orderBy: { createdAt: "asc" }, select: { id: true } });
  const decks = (await Promise.all(owned.map((deck) => deckForExport(userId, deck.id)))).filter((deck) => deck !== null);
  const folders = deckFolders(decks.map((deck) => deck.deck.title));
  return decks.map((data, i) => ({
    id: data.deck.id,
    title: data.deck.title,
    description: data.deck.description,
    shared: data.deck.shared,
    folder: folders[i]!,
    files: markdownExport(folders[i]!, data),
    images: data.media,
  }));
}

/** Everything the member owns, and nothing anyone else does: their profile, item states, review log, quizzes and decks. */
export async function memberData(userId: string) {
  const db = await getDb();
  const [member, reviewStates, reviewLog, quizAttempts, decks] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: { name: true, email: true, createdAt: true, timeZone: true, newPerDay: true, reviewsPerDay: true, newCardOrder: true, hiddenFromGroup: true, scheduler: true, desiredRetention: true, fsrsParameters: true, examDate: true, cramDays: true },
    }),
    db.reviewState.findMany({ where: { userId }, orderBy: [{ itemKind: "asc" }, { itemId: "asc" }], omit: { userId: true } }),
    db.reviewLog.findMany({ where: { userId }, orderBy: { id: "asc" }, omit: { userId: true } }),
    db.quizAttempt.findMany({
      where: { userId },
      orderBy: { startedAt: "asc" },
      omit: { userId: true, startToken: true },
      include: { answers: { orderBy: { position: "asc" }, omit: { attemptId: true } } },
    }),
    authoredDecks(userId),
  ]);
  return {
    // The fitted parameters are JSON text in the database: give them back as numbers.
    member: member && { ...member, fsrsParameters: member.fsrsParameters === null ? null : readParameters(member.fsrsParameters, "User.fsrsParameters") },
    reviewStates,
    // The before/after snapshots are JSON text in the database: give them back as objects.
    reviewLog: reviewLog.map((log) => ({ ...log, before: log.before ? readState(log.before, "ReviewLog.before") : null, after: readState(log.after, "ReviewLog.after") })),
    quizAttempts: quizAttempts.map((attempt) => ({
      ...attempt,
      topics: readKeyList(attempt.topics, "QuizAttempt.topics"),
      answers: attempt.answers.map((answer) => ({
        ...answer,
        optionOrder: readKeyList(answer.optionOrder, "QuizAnswer.optionOrder"),
        selected: answer.selected ? readKeyList(answer.selected, "QuizAnswer.selected") : null,
        struck: answer.struck ? readKeyList(answer.struck, "QuizAnswer.struck") : [],
      })),
    })),
    // The decks they wrote, as Markdown files (the same files as my-decks.zip, which also holds the images).
    decks,
  };
}
