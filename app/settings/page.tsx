import type { Metadata } from "next";
import { requireUser } from "@/app/_lib/auth";
import { PasswordForm, ProfileForm, StudyForm } from "./settings-forms";
import { SchedulerForm } from "./scheduler-form";
import { ExamDateForm } from "./exam-date-form";
import { calendarDayOf } from "@/app/_lib/srs/study-day";
import * as clock from "@/app/_lib/clock";
import { FsrsJobControl } from "@/app/_components/fsrs-job-control";
import { optimizeStatus } from "@/app/_lib/dal/fsrs-optimizer";
import { storedEvaluation } from "@/app/_lib/dal/fsrs";
import { getDb } from "@/app/_lib/db";
import { countOf } from "@/app/_lib/count-of";

export const metadata: Metadata = { title: "Settings" };


export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const fit = await storedEvaluation(user.id);
  const fitDate = fit && new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: user.timeZone ?? "UTC" }).format(new Date(fit.at));
  return (
    <div className="page narrow">
      <h1>Settings</h1>
      <p className="lede">
        Signed in as {user.email}
        {user.role === "admin" ? " (admin)" : ""}.
      </p>
      <ProfileForm name={user.name} hiddenFromGroup={user.hiddenFromGroup} />
      <StudyForm
        timeZone={user.timeZone}
        timeZones={[...new Set(["UTC", ...Intl.supportedValuesOf("timeZone")])]}
        newPerDay={user.newPerDay}
        reviewsPerDay={user.reviewsPerDay}
        newCardOrder={user.newCardOrder}
      />
      <ExamDateForm examDate={user.examDate} cramDays={user.cramDays} today={calendarDayOf(await clock.now(), user.timeZone ?? "UTC")} />
      <SchedulerForm scheduler={user.scheduler} desiredRetention={user.desiredRetention} />
      <section className="panel form" aria-labelledby="optimize-title" id="optimize">
        <h2 id="optimize-title">Fit FSRS to your reviews</h2>
        <p className="muted">
          FSRS starts from parameters fitted to millions of learners. Optimizing fits them to your own review log (kept under either scheduler), and compares
          on <a href="/progress#schedulers">your progress page</a> how well each scheduler predicts your memory.
        </p>
        {fit && <p>{fit.fsrsFitted ? `Last fitted and compared on ${countOf(fit.reviews, "review")} on ${fitDate}.` : `Last compared on ${countOf(fit.reviews, "review")} on ${fitDate} (too few to fit).`}</p>}
        <FsrsJobControl initial={await optimizeStatus(await getDb(), user.id)} label="Optimize my parameters" />
      </section>
      <PasswordForm />
      <section className="panel form" aria-labelledby="data-title">
        <h2 id="data-title">Your data</h2>
        <p className="muted">Everything you have done here, to keep or to take elsewhere.</p>
        <ul>
          <li>
            <a href="/api/export/my-data.json" download>
              All of it, as JSON
            </a>{" "}
            (profile, card states, review log, quiz attempts and answers, and the decks you wrote)
          </li>
          <li>
            <a href="/api/export/my-decks.zip" download>
              The decks you wrote, as Markdown (zip)
            </a>{" "}
            (a folder per deck, in the Markdown format of /decks)
          </li>
          <li>
            <a href="/api/export/review-log.csv" download>
              Review log (CSV)
            </a>
          </li>
          <li>
            <a href="/api/export/card-states.csv" download>
              Card states (CSV)
            </a>
          </li>
          <li>
            <a href="/api/export/quiz-answers.csv" download>
              Quiz answers (CSV)
            </a>
          </li>
        </ul>
      </section>
    </div>
  );
}
