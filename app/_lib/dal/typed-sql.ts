/**
 * Prepared statements typed from the Prisma schema, for the stores that own members' study data and the hot
 * reads beside them (the session's user, history and progress). Column names and parameter types come from
 * the generated model types, so renaming or retyping a column fails `tsc` wherever a statement uses it;
 * values cross in one encoding (dates as Prisma's ISO text, booleans as 0/1), and JSON columns are parsed
 * with a zod schema. The SQL is SQLite's: a PostgreSQL backend would replace this file and the statements
 * written with it, nothing above them.
 */
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import { sqlDate, type Sql } from "@/app/_lib/db-client";
import {
  Prisma,
  type Card,
  type ContentMeta,
  type Deck,
  type DeckMedia,
  type Question,
  type QuizAnswer,
  type QuizAttempt,
  type ReviewLog,
  type ReviewState,
  type Section,
  type Tag,
  type Topic,
  type User,
} from "@/generated/prisma/client";

interface Models {
  Card: Card;
  ContentMeta: ContentMeta;
  Deck: Deck;
  DeckMedia: DeckMedia;
  Question: Question;
  QuizAnswer: QuizAnswer;
  QuizAttempt: QuizAttempt;
  ReviewLog: ReviewLog;
  ReviewState: ReviewState;
  Section: Section;
  Tag: Tag;
  Topic: Topic;
  User: User;
}
export type Table = keyof Models;

/** A value as SQLite stores it (distributes over `| null`). */
type StoredValue<V> = V extends Date ? string : V extends boolean ? 0 | 1 : V;
/** A model's row as SQLite stores it and better-sqlite3 returns it. */
export type StoredRow<M> = { [K in keyof M]: StoredValue<M[K]> };
export type Row<T extends Table> = StoredRow<Models[T]>;

/** A row as a hot path selects it with epochMs(): dates as epoch milliseconds. */
type EpochValue<V> = V extends Date ? number : V extends boolean ? 0 | 1 : V;
export type EpochRow<T extends Table> = { [K in keyof Models[T]]: EpochValue<Models[T][K]> };

/**
 * The values of `columns`, in order, from a row type: the tuple a `SELECT` of those columns returns as values,
 * or the parameters a statement binds to them. A name that is not one of R's columns fails tsc.
 */
export type ValuesOf<Columns extends readonly (keyof R & string)[], R> = { -readonly [I in keyof Columns]: Columns[I] extends keyof R ? R[Columns[I]] : never };
export type Column<T extends Table> = keyof Models[T] & string;

/** Each table's column names, from the generated client (checked here against the model types). */
const COLUMN_NAMES: { [T in Table]: { readonly [K in Column<T>]: K } } = {
  Card: Prisma.CardScalarFieldEnum,
  ContentMeta: Prisma.ContentMetaScalarFieldEnum,
  Deck: Prisma.DeckScalarFieldEnum,
  DeckMedia: Prisma.DeckMediaScalarFieldEnum,
  Question: Prisma.QuestionScalarFieldEnum,
  QuizAnswer: Prisma.QuizAnswerScalarFieldEnum,
  QuizAttempt: Prisma.QuizAttemptScalarFieldEnum,
  ReviewLog: Prisma.ReviewLogScalarFieldEnum,
  ReviewState: Prisma.ReviewStateScalarFieldEnum,
  Section: Prisma.SectionScalarFieldEnum,
  Tag: Prisma.TagScalarFieldEnum,
  Topic: Prisma.TopicScalarFieldEnum,
  User: Prisma.UserScalarFieldEnum,
};

/**
 * A table's column names, for SQL text that table() can't build: `${log.studyDay}` is "studyDay", and fails
 * tsc once the column is renamed.
 */
export const columnsOf = <T extends Table>(name: T): { readonly [K in Column<T>]: K } => COLUMN_NAMES[name];

/** A Date as stored, or null. */
export const stored = (date: Date | null): string | null => sqlDate(date);
/** A stored date back as a Date. */
export const dateOf = (text: string | null): Date | null => (text === null ? null : new Date(text));
export const boolOf = (bit: 0 | 1 | number): boolean => bit === 1;
export const bit = (value: boolean): 0 | 1 => (value ? 1 : 0);

type Param = Parameters<Sql["run"]>[1];

/** `a = ? AND b IS NULL` and the values it binds, from a typed object (keys in their written order, so statements cache). */
function conditions(where: Record<string, unknown>): [string, Param[]] {
  const keys = Object.keys(where);
  return [keys.map((key) => (where[key] === null ? `${key} IS NULL` : `${key} = ?`)).join(" AND "), keys.filter((key) => where[key] !== null).map((key) => where[key] as Param)];
}

/**
 * Typed statements on one table, for use inside sqlOf(db).read/write work. The text is built per call (well under
 * a microsecond); db-client caches the prepared statement by text, so each shape is compiled by SQLite once.
 */
export function table<T extends Table>(name: T) {
  return {
    get<K extends Column<T>>(sql: Sql, columns: readonly K[], where: Partial<Row<T>>): Pick<Row<T>, K> | undefined {
      const [clause, values] = conditions(where);
      return sql.get(`SELECT ${columns.join(", ")} FROM ${name} WHERE ${clause}`, ...values);
    },
    all<K extends Column<T>>(sql: Sql, columns: readonly K[], where: Partial<Row<T>>, orderBy?: `${Column<T>} ${"ASC" | "DESC"}`): Pick<Row<T>, K>[] {
      const [clause, values] = conditions(where);
      return sql.all(`SELECT ${columns.join(", ")} FROM ${name} WHERE ${clause}${orderBy ? ` ORDER BY ${orderBy}` : ""}`, ...values);
    },
    insert(sql: Sql, row: Partial<Row<T>>): void {
      const keys = Object.keys(row);
      sql.run(`INSERT INTO ${name} (${keys.join(", ")}) VALUES (${keys.map(() => "?").join(", ")})`, ...(keys.map((key) => (row as Record<string, unknown>)[key]) as Param[]));
    },
    /** The number of rows changed. */
    update(sql: Sql, set: Partial<Row<T>>, where: Partial<Row<T>>): number {
      const keys = Object.keys(set);
      const [clause, values] = conditions(where);
      return sql.run(`UPDATE ${name} SET ${keys.map((key) => `${key} = ?`).join(", ")} WHERE ${clause}`, ...(keys.map((key) => (set as Record<string, unknown>)[key]) as Param[]), ...values).changes;
    },
    delete(sql: Sql, where: Partial<Row<T>>): number {
      const [clause, values] = conditions(where);
      return sql.run(`DELETE FROM ${name} WHERE ${clause}`, ...values).changes;
    },
  };
}

/*
 * Statements table() can't build (an aggregate, a join, an expression in the SELECT list, RETURNING): the
 * text is written once, with every column named through columnsOf() or a column list checked with
 * `satisfies readonly Column<T>[]`, and the row and parameter types are given from the model types (Row,
 * EpochRow, Pick, ValuesOf), so renaming or retyping a column fails tsc where the statement is written and
 * where it is called. Keep the types in step with the text: nothing checks the SQL itself against them.
 */

/** A statement whose rows are objects of type R, taking parameters P. */
export function query<R extends object, P extends readonly Param[]>(text: string) {
  return {
    get: (sql: Sql, ...params: P): R | undefined => sql.get<R>(text, ...params),
    all: (sql: Sql, ...params: P): R[] => sql.all<R>(text, ...params),
  };
}

/** A statement whose rows are read as tuples of values V (much cheaper than objects when there are hundreds). */
export function valuesQuery<V extends readonly unknown[], P extends readonly Param[]>(text: string) {
  return {
    // The SELECT list is V's columns in V's order, so each row has V's shape.
    all: (sql: Sql, ...params: P): V[] => sql.values(text, ...params) as unknown as V[],
  };
}

/** A statement that writes, taking parameters P; `run` returns the number of rows changed. */
export function command<P extends readonly Param[]>(text: string) {
  return {
    run: (sql: Sql, ...params: P): number => sql.run(text, ...params).changes,
  };
}

/** A JSON column parsed and checked; a row that doesn't match its schema is an error naming the column. */
export function parseJson<S extends z.ZodType>(schema: S, text: string, column: string): z.infer<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${column} holds text that is not JSON.`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`${column} holds JSON of the wrong shape: ${parsed.error.issues[0]?.message ?? "invalid"}.`);
  return parsed.data;
}

const ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
/** A new row id in the shape of Prisma's cuid() defaults (lowercase letters and digits), for rows inserted here. */
export function newRowId(): string {
  return `c${Array.from(randomBytes(24), (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join("")}`;
}
