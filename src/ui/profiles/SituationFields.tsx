import { FAMILY_ROLES, ON_BEHALF_ROLES, STUDENT_LEVELS } from '../../domain/checklists';
import { type ProfileSituation, SITUATION_KEYS } from '../../profile/schema';
import type { ProfileText } from './text';

/** Situation answers with a list of choices instead of yes / no. */
const CHOICES: Partial<Record<keyof ProfileSituation, readonly string[]>> = {
  applyingOnBehalfAs: ON_BEHALF_ROLES,
  familyRole: FAMILY_ROLES,
  studentLevel: STUDENT_LEVELS,
};

export interface SituationFieldsProps {
  readonly text: ProfileText;
  readonly situation: ProfileSituation;
  readonly onChange: (situation: ProfileSituation) => void;
  /** Prefix for element ids, so two forms on one page do not clash. */
  readonly idPrefix?: string;
}

function toValue(value: unknown): string {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  return typeof value === 'string' ? value : '';
}

function fromValue(key: keyof ProfileSituation, value: string): unknown {
  if (value === '') return undefined;
  if (CHOICES[key]) return value;
  return value === 'yes';
}

/**
 * The situation questions that pick conditional checklist documents. Each is "not known" until
 * answered: an unknown answer never adds a document (checklist engine rule).
 */
export function SituationFields({ text, situation, onChange, idPrefix = 'situation' }: SituationFieldsProps) {
  return (
    <div class="situation-grid">
      {SITUATION_KEYS.map((key) => {
        const id = `${idPrefix}-${key}`;
        const choices = CHOICES[key];
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
              {choices
                ? choices.map((choice) => (
                    <option key={choice} value={choice}>
                      {text.t(`option.${key}.${choice}`)}
                    </option>
                  ))
                : [
                    <option key="yes" value="yes">
                      {text.t('option.yes')}
                    </option>,
                    <option key="no" value="no">
                      {text.t('option.no')}
                    </option>,
                  ]}
            </select>
          </div>
        );
      })}
    </div>
  );
}
