// Shapes of what crosses google.script.run, checked on both sides with the same zod/mini schemas.
import * as z from 'zod/mini';
import { LANGUAGES } from './i18n/define';
import { RULES } from './rules';
import { parseNumber } from './vocabulary/numbers';

const isWeight = (n: number | undefined) => n !== undefined && n >= 0 && n <= 100;

export const MAX_TEXT = 5000;

/**
 * A schema built on first use: building zod schemas costs milliseconds, and every custom-function
 * recalculation evaluates the whole bundle, though only the sidebar's calls need them.
 */
function lazy<S extends { safeParse(data: unknown): unknown }>(build: () => S) {
  let built: S | undefined;
  const schema = () => (built ??= build());
  return { schema, safeParse: ((data: unknown) => schema().safeParse(data)) as S['safeParse'] };
}

export const AnswerInput = lazy(() => z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  answer: z.string().check(z.maxLength(MAX_TEXT)),
  /** 1–5, or 0 when not set (a union with '' would double zod's share of the bundle). */
  importance: z.number().check(z.gte(0), z.lte(5), z.refine(Number.isInteger)),
}));
export type AnswerInput = z.infer<ReturnType<typeof AnswerInput.schema>>;

export const SaveStepInput = lazy(() => z.object({ answers: z.array(AnswerInput.schema()).check(z.maxLength(100)) }));
export type SaveStepInput = z.infer<ReturnType<typeof SaveStepInput.schema>>;

export const CriterionRow = lazy(() => z.object({
  attribute: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  rule: z.enum(RULES),
  value: z.string().check(z.trim(), z.minLength(1), z.maxLength(1000)),
  /** A number 0–100 written as text (`1.5` or `1,5`), or `exclude`. */
  weight: z.string().check(z.refine((w) => w === 'exclude' || isWeight(parseNumber(w)))),
}));
export type CriterionRow = z.infer<ReturnType<typeof CriterionRow.schema>>;

export const AcceptInput = lazy(() => z.object({ rows: z.array(CriterionRow.schema()).check(z.maxLength(200)) }));
export type AcceptInput = z.infer<ReturnType<typeof AcceptInput.schema>>;

export const SettingsInput = lazy(() => z.object({
  language: z.enum(LANGUAGES),
  dimensions: z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(3)),
}));
export type SettingsInput = z.infer<ReturnType<typeof SettingsInput.schema>>;

const OUTCOME = () => z.optional(z.enum(['retention', 'clv', 'ltvCac']));

export const SuggestLoadInput = lazy(() => z.object({ outcome: OUTCOME() }));
export type SuggestLoadInput = z.infer<ReturnType<typeof SuggestLoadInput.schema>>;

export const CheckInput = lazy(() => z.object({ outcome: OUTCOME(), rows: z.array(CriterionRow.schema()).check(z.maxLength(200)) }));
export type CheckInput = z.infer<ReturnType<typeof CheckInput.schema>>;

/** Tier thresholds: whole scores 0–100, A's not below B's. */
export const ThresholdsInput = lazy(() => z.object({
  a: z.number().check(z.gte(0), z.lte(100), z.refine(Number.isInteger)),
  b: z.number().check(z.gte(0), z.lte(100), z.refine(Number.isInteger)),
}).check(z.refine((t) => t.a >= t.b)));
export type ThresholdsInput = z.infer<ReturnType<typeof ThresholdsInput.schema>>;

/** A field the user must fix: which question or row, which field, and a code the page words. */
export interface FieldError {
  id: string;
  field: string;
  code: 'invalid' | 'range' | 'importance' | 'tooLong' | 'required' | 'weight' | 'duplicate' | 'unknownColumn';
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/**
 * Field errors of criteria to accept, one per bad field (row index as the id), the same in the page
 * and on the server. A malformed request (not a list of rows) is one error on `rows`.
 */
export function criteriaErrors(input: unknown): FieldError[] {
  const parsed = AcceptInput.safeParse(input);
  if (parsed.success) return [];
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of parsed.error.issues) {
    const [, index, field] = issue.path;
    const error: FieldError = typeof index === 'number' && typeof field === 'string'
      ? { id: String(index), field, code: field === 'weight' ? 'weight' : issue.code === 'too_small' ? 'required' : 'invalid' }
      : { id: 'rows', field: 'rows', code: 'invalid' };
    const key = `${error.id}/${error.field}`;
    if (!seen.has(key)) errors.push(error);
    seen.add(key);
  }
  return errors;
}

/** The ICP review's settings: months between reviews (1, 3, 6 or 12) and the owner. */
export const ReviewSettingsInput = lazy(() => z.object({
  months: z.number().check(z.refine((n) => [1, 3, 6, 12].includes(n))),
  owner: z.string().check(z.maxLength(200)),
}));
export type ReviewSettingsInput = z.infer<ReturnType<typeof ReviewSettingsInput.schema>>;

/** A criteria version to compare or restore (the 12 hex digits the versions sheet shows); `to`: another one to compare with, else the current criteria. */
export const VersionInput = lazy(() => z.object({
  version: z.string().check(z.regex(/^[0-9a-f]{12}$/)),
  to: z.optional(z.string().check(z.regex(/^[0-9a-f]{12}$/))),
}));
