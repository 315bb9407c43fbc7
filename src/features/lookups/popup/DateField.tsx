import { useState } from 'preact/hooks';
import { trDateProblem, trDateToDate } from '../../../profile/tr-date';
import type { ProfileText } from '../../profiles/popup/text';

/** The date typed in a look-up field, or why it is not one; empty input is neither. */
export function readDate(value: string): { date?: Date; error?: string } {
  const trimmed = value.trim();
  if (trimmed === '') return {};
  const problem = trDateProblem(trimmed);
  return problem ? { error: `error.date.${problem}` } : { date: trDateToDate(trimmed) };
}

export interface DateFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly text: ProfileText;
  readonly onInput: (value: string) => void;
}

/**
 * A dd.MM.yyyy input with its format hint and, when it is not a date, a message saying why. The
 * message waits until ten characters are typed or the field is left, so it is not announced on
 * every keystroke of a date still being typed.
 */
export function DateField({ id, label, value, text, onInput }: DateFieldProps) {
  const [left, setLeft] = useState(false);
  const { error: problem } = readDate(value);
  const error = left || value.trim().length >= 10 ? problem : undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        maxLength={10}
        placeholder="dd.mm.yyyy"
        dir="ltr"
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={`${id}-format${error ? ` ${id}-error` : ''}`}
        onInput={(event) => onInput((event.currentTarget as HTMLInputElement).value)}
        onBlur={() => setLeft(true)}
      />
      <p id={`${id}-format`} class="field-format">
        {text.t('format.date')}
      </p>
      {error ? (
        <p id={`${id}-error`} class="field-error" role="alert">
          {text.t(error)}
        </p>
      ) : null}
    </div>
  );
}
