import { useMemo, useState } from 'preact/hooks';
import { type ChecklistSituation, checklist, checklistSituationSchema } from '../../../domain/checklists';
import { LONG_TERM_ROUTES, type LongTermRoute } from '../../../domain/facts';
import {
  APPLICATION_KINDS,
  type ApplicationKind,
  PERMIT_TYPES,
  type PermitType,
  SHORT_TERM_PURPOSES,
  type ShortTermPurpose,
} from '../../../domain/permits';
import { plannedKind, profileSituation } from '../../../profile/facts';
import {
  type Profile,
  type ProfileSituation,
  RULE_ONLY_SITUATION_KEYS,
  SITUATION_KEYS,
} from '../../../profile/schema';
import { SituationFields } from '../../profiles/popup/SituationFields';
import type { ProfileText } from '../../profiles/popup/text';
import { ChecklistView } from './ChecklistView';

export interface ChecklistLookupProps {
  readonly text: ProfileText;
  readonly today: Date;
  /** Prefills type, purpose, kind and situation from a profile when one is chosen. */
  readonly profile?: Profile;
}

function Select<T extends string>(props: {
  id: string;
  label: string;
  value: T | '';
  options: readonly T[];
  optionLabel: (value: T) => string;
  onChange: (value: T | '') => void;
  allowEmpty?: string;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(event) => props.onChange((event.currentTarget as HTMLSelectElement).value as T | '')}
      >
        {props.allowEmpty !== undefined ? <option value="">{props.allowEmpty}</option> : null}
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.optionLabel(option)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The route has its own list above; the rule-only answers do not change the documents. */
const LOOKUP_SITUATION_KEYS = SITUATION_KEYS.filter(
  (key) => key !== 'longTermRoute' && !RULE_ONLY_SITUATION_KEYS.includes(key),
);

/** The document checklist for any permit type, purpose, kind and situation. */
export function ChecklistLookup({ text, today, profile }: ChecklistLookupProps) {
  const [type, setType] = useState<PermitType>(profile?.permitType ?? 'short-term');
  const [purpose, setPurpose] = useState<ShortTermPurpose | ''>(profile?.permitPurpose ?? '');
  const [kind, setKind] = useState<ApplicationKind>((profile && plannedKind(profile)) ?? 'first');
  const [situation, setSituation] = useState<ProfileSituation>(profile?.situation ?? {});
  const [age, setAge] = useState('');
  const [route, setRoute] = useState<LongTermRoute | ''>(profile?.situation?.longTermRoute ?? '');

  const result = useMemo(() => {
    const fromProfile = profile ? profileSituation(profile, today) : {};
    const ageNumber = /^\d{1,3}$/.test(age) ? Number(age) : undefined;
    const candidate: ChecklistSituation = {
      ...fromProfile,
      ...situation,
      ...(ageNumber === undefined ? {} : { age: ageNumber, birthDate: undefined, today: undefined }),
      // The route list above is the one answer (the profile's only sets its first value).
      longTermRoute: type === 'long-term' && route !== '' ? route : undefined,
    };
    // The checklist engine trusts its input, so the situation is checked at this boundary.
    const parsed = checklistSituationSchema.safeParse(
      Object.fromEntries(Object.entries(candidate).filter(([, value]) => value !== undefined)),
    );
    return checklist(
      type,
      type === 'short-term' && purpose !== '' ? purpose : undefined,
      kind,
      parsed.success ? parsed.data : {},
    );
  }, [type, purpose, kind, situation, age, route, profile, today]);

  return (
    <section class="lookup" aria-labelledby="checklist-title" data-checklist-lookup>
      <h2 id="checklist-title">{text.t('checklist.title')}</h2>
      <Select
        id="lookup-type"
        label={text.t('checklist.type')}
        value={type}
        options={PERMIT_TYPES}
        optionLabel={(value) => text.docs(`permit.type.${value}`)}
        onChange={(value) => value && setType(value)}
      />
      {type === 'short-term' ? (
        <Select
          id="lookup-purpose"
          label={text.t('checklist.purpose')}
          value={purpose}
          options={SHORT_TERM_PURPOSES}
          optionLabel={(value) => text.docs(`permit.purpose.${value}`)}
          onChange={setPurpose}
          allowEmpty={text.t('option.unknown')}
        />
      ) : null}
      {type === 'long-term' ? (
        <Select
          id="lookup-route"
          label={text.t('checklist.longTermRoute')}
          value={route}
          options={LONG_TERM_ROUTES}
          optionLabel={(value) => text.t(`checklist.longTermRoute.${value}`)}
          onChange={setRoute}
          allowEmpty={text.t('option.unknown')}
        />
      ) : null}
      <Select
        id="lookup-kind"
        label={text.t('checklist.kind')}
        value={kind}
        options={APPLICATION_KINDS}
        optionLabel={(value) => text.docs(`application.kind.${value}`)}
        onChange={(value) => value && setKind(value)}
      />
      <details class="situation-details">
        <summary>{text.t('checklist.situation')}</summary>
        <div class="field">
          <label for="lookup-age">{text.t('checklist.age')}</label>
          <input
            id="lookup-age"
            type="number"
            min={0}
            max={150}
            value={age}
            onInput={(event) => setAge((event.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <SituationFields
          text={text}
          situation={situation}
          onChange={setSituation}
          idPrefix="lookup"
          keys={LOOKUP_SITUATION_KEYS}
        />
      </details>
      {/* Only the count is announced: reading out the whole list on every change would drown the user. */}
      <p class="muted small" aria-live="polite" data-checklist-count>
        {text.t('checklist.count', { count: result.items.length })}
      </p>
      <ChecklistView text={text} result={result} />
    </section>
  );
}
