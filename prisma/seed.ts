// `npm run db:seed`: validate all content, then write it in one transaction.
// `npm run content:check` (--check): validate only, without touching the database.
import { join } from "node:path";
import { bankReport, formatBankReport } from "@/app/_lib/content/bank-report";
import { InvalidContentError } from "@/app/_lib/content/errors";
import { parseContent } from "@/app/_lib/content/parse-content";
import { readContentDir } from "@/app/_lib/content/read-content-dir";
import { createDbClient } from "@/app/_lib/db-client";
import { loadEnv } from "@/app/_lib/env.mjs";
import { seedContent } from "@/app/_lib/seed/seed-content";

async function main() {
  const { catalogFile, files } = readContentDir(join(process.cwd(), "content"));
  const content = parseContent(catalogFile, files);
  const topics = content.catalog.topics.length;

  if (process.argv.includes("--check")) {
    console.log(`content ok: ${content.cards.length} cards, ${content.questions.length} questions, ${topics} topics\n`);
    const report = bankReport(content.questions);
    console.log(formatBankReport(report));
    if (report.failures.length) process.exitCode = 1;
    return;
  }

  const db = await createDbClient(loadEnv().DATABASE_URL);
  try {
    const counts = await seedContent(db, content, new Date());
    console.log(`${counts.written} items written, ${counts.retired} retired`);
    console.log(`seeded: ${counts.cards} cards, ${counts.questions} questions, ${counts.topics} topics`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  if (error instanceof InvalidContentError) {
    console.error(`${error.message}\nNothing was written. See content/README.md for the format.`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
