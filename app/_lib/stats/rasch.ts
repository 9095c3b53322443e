/**
 * Question difficulty and member ability on one scale, from the group's quiz and exam answers: the Rasch model
 * (G. Rasch, 1960), P(right) = 1 / (1 + e^−(ability − difficulty)), fitted by joint maximum likelihood with a
 * normal prior on every parameter (a ridge penalty, so a question everyone got right, or a member with three
 * answers, gets a finite, shrunk estimate rather than an infinite one): difficulties around 0, abilities around the
 * group's mean. Answers are weighted by age, halving every
 * HALF_LIFE_DAYS, so an ability reflects what a member knows now more than what they knew a month ago. Pure: the
 * clock is passed in.
 *
 * Each member's ability is estimated per exam domain too, shrunk towards their overall ability, with its standard
 * error from the Fisher information: what the readiness estimate (./readiness.ts) draws its uncertainty from.
 */

export interface ScoredAnswer {
  member: string;
  question: string;
  domain: string;
  correct: boolean;
  at: Date;
}

export interface Estimate {
  value: number;
  /** Standard error (from the weighted information and the prior). */
  se: number;
  /** How many answers it rests on. */
  answers: number;
}

export interface RaschFit {
  difficulty: Map<string, Estimate>;
  ability: Map<string, Estimate>;
  /** member → domain → ability in that domain. */
  domainAbility: Map<string, Map<string, Estimate>>;
}

export const HALF_LIFE_DAYS = 30;
/** The prior's spread: abilities and difficulties mostly within ±3 logits. */
const PRIOR_SD = 1.5;
/** How far a domain's ability may stray from the member's overall one without evidence, at most and at least. */
const DOMAIN_PRIOR_SD = 1;
const MIN_DOMAIN_SD = 0.2;
const ITERATIONS = 30;
const DAY_MS = 86_400_000;

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

interface Row {
  member: string;
  question: string;
  domain: string;
  y: number;
  w: number;
}

/** One Newton step for a parameter with a normal prior: its gradient and information summed over its rows. */
function newton(value: number, prior: number, priorSd: number, gradient: number, information: number) {
  const precision = 1 / priorSd ** 2;
  const next = value + (gradient - (value - prior) * precision) / (information + precision);
  return { value: Math.max(-6, Math.min(6, next)), se: 1 / Math.sqrt(information + precision) };
}

export function fitRasch(answers: readonly ScoredAnswer[], now: Date): RaschFit {
  const rows: Row[] = answers.map((answer) => ({
    member: answer.member,
    question: answer.question,
    domain: answer.domain,
    y: answer.correct ? 1 : 0,
    w: 0.5 ** (Math.max(0, now.getTime() - answer.at.getTime()) / DAY_MS / HALF_LIFE_DAYS),
  }));
  const theta = new Map<string, number>();
  const b = new Map<string, number>();
  for (const row of rows) {
    theta.set(row.member, 0);
    b.set(row.question, 0);
  }
  const sums = () => new Map<string, { g: number; h: number; n: number }>();
  const add = (map: Map<string, { g: number; h: number; n: number }>, key: string, g: number, h: number) => {
    const entry = map.get(key) ?? { g: 0, h: 0, n: 0 };
    entry.g += g;
    entry.h += h;
    entry.n += 1;
    map.set(key, entry);
  };

  let thetaSe = new Map<string, Estimate>();
  let bSe = new Map<string, Estimate>();
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const byMember = sums();
    for (const row of rows) {
      const p = logistic(theta.get(row.member)! - b.get(row.question)!);
      add(byMember, row.member, row.w * (row.y - p), row.w * p * (1 - p));
    }
    thetaSe = new Map();
    // Abilities shrink towards the group's mean, not towards zero: the difficulties' prior fixes the scale, and a
    // group stronger than its questions would otherwise be pulled down as a whole.
    const groupMean = [...theta.values()].reduce((sum, value) => sum + value, 0) / Math.max(1, theta.size);
    for (const [member, { g, h, n }] of byMember) {
      const step = newton(theta.get(member)!, groupMean, PRIOR_SD, g, h);
      theta.set(member, step.value);
      thetaSe.set(member, { value: step.value, se: step.se, answers: n });
    }
    const byQuestion = sums();
    for (const row of rows) {
      const p = logistic(theta.get(row.member)! - b.get(row.question)!);
      // The gradient for a difficulty is the ability's, negated.
      add(byQuestion, row.question, row.w * (p - row.y), row.w * p * (1 - p));
    }
    bSe = new Map();
    for (const [question, { g, h, n }] of byQuestion) {
      const step = newton(b.get(question)!, 0, PRIOR_SD, g, h);
      b.set(question, step.value);
      bSe.set(question, { value: step.value, se: step.se, answers: n });
    }
  }

  // Each member's ability per domain, with the difficulties fixed, shrunk towards their overall ability by as much
  // as the group's domains really differ (empirical Bayes): fitted once with a loose prior, the spread of the
  // estimates beyond their own standard errors is how far a member's domains differ from each other, and the
  // final fit uses that as the prior. Too loose a prior would make each domain's figure as noisy as its few
  // answers, and a readiness built on it overconfident about whoever looks weak or strong by chance.
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = `${row.member}\u0000${row.domain}`;
    const list = groups.get(key) ?? [];
    list.push(row);
    groups.set(key, list);
  }
  const fitDomains = (priorSd: number) => {
    const fitted = new Map<string, Estimate>();
    for (const [key, list] of groups) {
      const overall = theta.get(key.split("\u0000")[0]!)!;
      let value = overall;
      let se = priorSd;
      for (let iteration = 0; iteration < ITERATIONS; iteration++) {
        let g = 0;
        let h = 0;
        for (const row of list) {
          const p = logistic(value - b.get(row.question)!);
          g += row.w * (row.y - p);
          h += row.w * p * (1 - p);
        }
        ({ value, se } = newton(value, overall, priorSd, g, h));
      }
      fitted.set(key, { value, se, answers: list.length });
    }
    return fitted;
  };
  const loose = fitDomains(DOMAIN_PRIOR_SD);
  let spread = 0;
  let noise = 0;
  for (const [key, estimate] of loose) {
    spread += (estimate.value - theta.get(key.split("\u0000")[0]!)!) ** 2;
    noise += estimate.se ** 2;
  }
  const domainSd = loose.size ? Math.sqrt(Math.max(MIN_DOMAIN_SD ** 2, (spread - noise) / loose.size)) : DOMAIN_PRIOR_SD;
  const domainAbility = new Map<string, Map<string, Estimate>>();
  for (const [key, estimate] of fitDomains(Math.min(DOMAIN_PRIOR_SD, domainSd))) {
    const [member, domain] = key.split("\u0000") as [string, string];
    const domains = domainAbility.get(member) ?? new Map<string, Estimate>();
    domains.set(domain, estimate);
    domainAbility.set(member, domains);
  }
  return { difficulty: bSe, ability: thetaSe, domainAbility };
}

export const probabilityRight = (ability: number, difficulty: number) => logistic(ability - difficulty);
