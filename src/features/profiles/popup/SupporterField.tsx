import { useMemo, useState } from 'preact/hooks';
import type { Profile } from '../../../profile/schema';
import { displayName, searchProfiles } from '../../../profile/search';
import { maskId } from '../../vault/popup/mask';
import type { ProfileText } from './text';

/** Enough to pick from without rendering thousands of options. */
const MAX_OPTIONS = 50;

export interface SupporterFieldProps {
  readonly text: ProfileText;
  readonly profiles: readonly Profile[];
  /** The profile being edited, which cannot support itself. */
  readonly selfId: string | undefined;
  readonly value: string;
  readonly onChange: (id: string) => void;
}

/** The family member this applicant's permit depends on, picked from the other profiles. */
export function SupporterField({ text, profiles, selfId, value, onChange }: SupporterFieldProps) {
  const [query, setQuery] = useState('');
  const options = useMemo(() => {
    const others = profiles.filter((profile) => profile.id !== selfId);
    const matches = searchProfiles(others, query).slice(0, MAX_OPTIONS);
    const current = others.find((profile) => profile.id === value);
    return current && !matches.includes(current) ? [current, ...matches] : matches;
  }, [profiles, selfId, query, value]);
  const missing = value !== '' && !profiles.some((profile) => profile.id === value);

  return (
    <div class="field" data-field="supporterId">
      <label for="supporter-search">{text.t('family.searchSupporter')}</label>
      <input
        id="supporter-search"
        type="search"
        value={query}
        onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
      />
      <label for="field-supporterId">{text.t('field.supporterId')}</label>
      <select
        id="field-supporterId"
        value={value}
        onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">{text.t('family.noSupporter')}</option>
        {missing ? <option value={value}>{text.t('family.missingProfile')}</option> : null}
        {options.map((profile) => (
          <option key={profile.id} value={profile.id}>
            {displayName(profile)}
            {profile.passportNumber ? ` · ${maskId(profile.passportNumber)}` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
