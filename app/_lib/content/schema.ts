import { z } from "zod";

/** The four DVA-C02 exam domains, in the exam guide's order. */
export const EXAM_DOMAINS = {
  development: "Development with AWS Services",
  security: "Security",
  deployment: "Deployment",
  troubleshooting: "Troubleshooting and Optimization",
} as const;
export type ExamDomain = keyof typeof EXAM_DOMAINS;

/**
 * Each domain's share of the scored DVA-C02 questions, from the AWS exam guide (version 2.1): Development 32%,
 * Security 26%, Deployment 24%, Troubleshooting and Optimization 18%. Timed exams are drawn to these weights.
 */
export const EXAM_DOMAIN_WEIGHTS: Readonly<Record<ExamDomain, number>> = {
  development: 32,
  security: 26,
  deployment: 24,
  troubleshooting: 18,
};

/** The exam guide's name for a stored domain (the slug itself if the content ever holds an unknown one). */
export function domainLabel(domain: string): string {
  return EXAM_DOMAINS[domain as ExamDomain] ?? domain;
}

const slug = z
  .string({ error: "must be text" })
  .trim()
  .min(1, "must not be empty")
  .max(80, "must be at most 80 characters")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase letters, digits and single dashes, e.g. rds-multi-az");

const text = z.string({ error: "must be text" }).trim().min(1, "must not be empty");
const docUrl = z.url({ protocol: /^https$/, error: "must be an https:// URL" });

export const catalogSchema = z.strictObject({
  topics: z
    .array(z.strictObject({ slug, title: text, summary: text }))
    .min(1, "must list at least one topic"),
  sources: z
    .array(
      z.strictObject({
        slug,
        title: text,
        sections: z.array(z.strictObject({ slug, title: text })).min(1, "must list at least one section"),
      }),
    )
    .min(1, "must list at least one source"),
});
export type Catalog = z.infer<typeof catalogSchema>;

const correctionSchema = z.strictObject({
  guide: text.describe("what the source says"),
  note: text.describe("what is true"),
  source: docUrl,
});
export type Correction = z.infer<typeof correctionSchema>;

const commonHeader = {
  id: slug,
  topic: slug,
  domain: z.enum(Object.keys(EXAM_DOMAINS) as [ExamDomain, ...ExamDomain[]], {
    error: `must be one of: ${Object.keys(EXAM_DOMAINS).join(", ")}`,
  }),
  section: slug,
  tags: z.array(slug, { error: "must be a list such as [dynamodb, indexes]" }).min(1, "must have at least one tag"),
  docs: z.array(docUrl, { error: "must be a list of URLs" }).default([]),
  correction: correctionSchema.optional(),
};

export const cardHeaderSchema = z.strictObject(commonHeader);
export const questionHeaderSchema = z.strictObject({
  ...commonHeader,
  choose: z.number({ error: "must be a number" }).int().min(1).max(4).default(1),
});
export type CardHeader = z.infer<typeof cardHeaderSchema>;
export type QuestionHeader = z.infer<typeof questionHeaderSchema>;
