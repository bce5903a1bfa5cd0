// Checking a step's answers: the same code runs in the sidebar and on the server. It imports no
// catalogs, so the sidebar stays small.
import { AnswerInput, type FieldError, MAX_TEXT } from './schemas';
import { parseRange } from './vocabulary/numbers';
import { questionById } from './worksheet';

/** Field errors of a step's answers; the same check runs in the page and on the server. */
export function validateAnswers(answers: readonly unknown[], locale?: string | null): FieldError[] {
  const errors: FieldError[] = [];
  answers.forEach((raw, index) => {
    const parsed = AnswerInput.safeParse(raw);
    const id = String((raw as { id?: unknown })?.id ?? index);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'answer');
        const tooLong = field === 'answer' && typeof (raw as { answer?: unknown } | null)?.answer === 'string' && String((raw as { answer: string }).answer).length > MAX_TEXT;
        errors.push({ id, field, code: field === 'importance' ? 'importance' : tooLong ? 'tooLong' : 'invalid' });
      }
      return;
    }
    const question = questionById(parsed.data.id);
    if (!question) errors.push({ id, field: 'id', code: 'invalid' });
    else if (question.kind === 'range' && parsed.data.answer.trim() !== '' && !parseRange(parsed.data.answer.trim(), locale)) {
      errors.push({ id, field: 'answer', code: 'range' });
    }
  });
  return errors;
}

