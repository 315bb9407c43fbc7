import { FAMILY_ROLES, ON_BEHALF_ROLES, STUDENT_LEVELS } from '../../domain/checklists';
import { LONG_TERM_ROUTES } from '../../domain/facts';
import {
  MAX_TOURISM_PERMIT_MONTHS,
  MAX_TURKISH_COURSE_PERMITS_BEFORE,
  type ProfileSituation,
  SITUATION_KEYS,
} from '../../profile/schema';
import type { ProfileText } from './text';

/** Situation answers with a list of choices instead of yes / no. */
const CHOICES: Partial<Record<keyof ProfileSituation, readonly string[]>> = {
  applyingOnBehalfAs: ON_BEHALF_ROLES,
  familyRole: FAMILY_ROLES,
  studentLevel: STUDENT_LEVELS,
  longTermRoute: LONG_TERM_ROUTES,
};

/** Situation answers that are counts: 0 to a top entry meaning "that many or more". */
const COUNTS: Partial<Record<keyof ProfileSituation, number>> = {
  tourismPermitMonths: MAX_TOURISM_PERMIT_MONTHS,
  turkishCoursePermitsBefore: MAX_TURKISH_COURSE_PERMITS_BEFORE,
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
  if (CHOICES[key]) return value;
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
          </div>
        );
      })}
    </div>
  );
}
