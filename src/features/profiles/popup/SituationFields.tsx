import { useState } from 'preact/hooks';
import { PROVINCE_CODES, PROVINCES, type ProvinceCode } from '../../../contracts/codes';
import { FAMILY_ROLES, ON_BEHALF_ROLES, STUDENT_LEVELS } from '../../../domain/checklists';
import { IDENTITY_CHANGE_KINDS, LONG_TERM_ROUTES } from '../../../domain/facts';
import {
  DATE_SITUATION_KEYS,
  MAX_FAMILY_PERMIT_YEARS,
  MAX_TOURISM_PERMIT_MONTHS,
  MAX_TURKISH_COURSE_PERMITS_BEFORE,
  type ProfileSituation,
  SITUATION_KEYS,
} from '../../../profile/schema';
import { trDateProblem } from '../../../profile/tr-date';
import type { ProfileText } from './text';

/** Situation answers with a list of choices instead of yes / no. */
const CHOICES: Partial<Record<keyof ProfileSituation, readonly string[]>> = {
  applyingOnBehalfAs: ON_BEHALF_ROLES,
  familyRole: FAMILY_ROLES,
  studentLevel: STUDENT_LEVELS,
  longTermRoute: LONG_TERM_ROUTES,
  identityChangeKind: IDENTITY_CHANGE_KINDS,
};

/** Choices labelled by data rather than by a message per choice. */
const PROVINCE_KEYS: ReadonlySet<keyof ProfileSituation> = new Set(['currentPermitProvince']);

/** Situation answers that are counts: 0 to a top entry meaning "that many or more". */
const COUNTS: Partial<Record<keyof ProfileSituation, number>> = {
  tourismPermitMonths: MAX_TOURISM_PERMIT_MONTHS,
  turkishCoursePermitsBefore: MAX_TURKISH_COURSE_PERMITS_BEFORE,
  familyPermitYears: MAX_FAMILY_PERMIT_YEARS,
};

export interface SituationFieldsProps {
  readonly text: ProfileText;
  readonly situation: ProfileSituation;
  readonly onChange: (situation: ProfileSituation) => void;
  /** Prefix for element ids, so two forms on one page do not clash. */
  readonly idPrefix?: string;
  /** The questions to ask; all of them by default. */
  readonly keys?: readonly (keyof ProfileSituation)[];
}

function toValue(value: unknown): string {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : '';
}

function fromValue(key: keyof ProfileSituation, value: string): unknown {
  if (value === '') return undefined;
  if (COUNTS[key] !== undefined) return Number(value);
  if (CHOICES[key] || PROVINCE_KEYS.has(key)) return value;
  return value === 'yes';
}

/** The answers offered for `key` (after "not known"): a count, a list of choices, or yes / no. */
function answerOptions(text: ProfileText, key: keyof ProfileSituation) {
  const countTop = COUNTS[key];
  if (countTop !== undefined)
    return Array.from({ length: countTop + 1 }, (_, count) => (
      <option key={count} value={String(count)}>
        {count === countTop ? text.t('option.count.orMore', { count }) : String(count)}
      </option>
    ));
  if (PROVINCE_KEYS.has(key))
    return PROVINCE_CODES.map((code) => (
      <option key={code} value={code}>
        {`${code} ${PROVINCES[code as ProvinceCode]}`}
      </option>
    ));
  const choices = CHOICES[key];
  if (choices)
    return choices.map((choice) => (
      <option key={choice} value={choice}>
        {text.t(`option.${key}.${choice}`)}
      </option>
    ));
  return [
    <option key="yes" value="yes">
      {text.t('option.yes')}
    </option>,
    <option key="no" value="no">
      {text.t('option.no')}
    </option>,
  ];
}

/**
 * A date answer, typed dd.MM.yyyy: the answer changes only once the text is a real date (or is
 * emptied), so a half-typed date never replaces a stored one.
 */
function SituationDate(props: {
  readonly id: string;
  readonly label: string;
  readonly value: string | undefined;
  readonly text: ProfileText;
  readonly onAnswer: (value: string | undefined) => void;
}) {
  const [typed, setTyped] = useState(props.value ?? '');
  const problem = typed.trim() === '' ? undefined : trDateProblem(typed.trim());
  return (
    <>
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        inputMode="numeric"
        maxLength={10}
        placeholder="dd.mm.yyyy"
        dir="ltr"
        value={typed}
        aria-invalid={problem && typed.trim().length >= 10 ? 'true' : undefined}
        onInput={(event) => {
          const next = (event.currentTarget as HTMLInputElement).value;
          setTyped(next);
          const trimmed = next.trim();
          if (trimmed === '') props.onAnswer(undefined);
          else if (trDateProblem(trimmed) === undefined) props.onAnswer(trimmed);
        }}
      />
      {problem && typed.trim().length >= 10 ? (
        <p class="field-error" role="alert">
          {props.text.t(`error.date.${problem}`)}
        </p>
      ) : null}
    </>
  );
}

/**
 * The situation questions that pick conditional checklist documents. Each is "not known" until
 * answered: an unknown answer never adds a document (checklist engine rule).
 */
export function SituationFields({
  text,
  situation,
  onChange,
  idPrefix = 'situation',
  keys = SITUATION_KEYS,
}: SituationFieldsProps) {
  return (
    <div class="situation-grid">
      {keys.map((key) => {
        const id = `${idPrefix}-${key}`;
        return (
          <div class="field" key={key} data-situation={key}>
            {DATE_SITUATION_KEYS.includes(key) ? (
              <SituationDate
                id={id}
                label={text.t(`situation.${key}`)}
                value={situation[key] as string | undefined}
                text={text}
                onAnswer={(value) => onChange({ ...situation, [key]: value } as ProfileSituation)}
              />
            ) : (
              <>
                <label for={id}>{text.t(`situation.${key}`)}</label>
                <select
                  id={id}
                  value={toValue(situation[key])}
                  onChange={(event) => {
                    const next = {
                      ...situation,
                      [key]: fromValue(key, (event.currentTarget as HTMLSelectElement).value),
                    };
                    onChange(next as ProfileSituation);
                  }}
                >
                  <option value="">{text.t('option.unknown')}</option>
                  {answerOptions(text, key)}
                </select>
              </>
            )}
          </div>
        );
      })}
    </div>
  );
}
