import { useMemo } from 'preact/hooks';
import { type GlanceEntry, glance } from '../../profile/glance';
import type { Profile } from '../../profile/schema';
import { displayName } from '../../profile/search';
import type { ProfileText } from './text';

export interface AtAGlanceProps {
  readonly text: ProfileText;
  readonly profiles: readonly Profile[];
  readonly today: Date;
  readonly onOpen: (profile: Profile) => void;
  /** How many entries to show; the options page shows all. */
  readonly limit?: number;
}

function summary(text: ProfileText, entry: GlanceEntry): string {
  const params = { ...entry.finding.params, days: Math.abs(entry.daysLeft) };
  return text.t(`glance.${entry.kind}`, params);
}

/** The section's place while the profiles are still being read, so nothing below it jumps. */
export function AtAGlancePending({ text }: { readonly text: ProfileText }) {
  return (
    <section class="glance" aria-labelledby="glance-title" aria-busy="true" data-glance>
      <h2 id="glance-title">{text.t('glance.title')}</h2>
      <p class="muted">{text.t('list.loading')}</p>
    </section>
  );
}

/** Whose extension window is open or closing, whose permit ran out, whose passport is too short. */
export function AtAGlance({ text, profiles, today, onOpen, limit = 8 }: AtAGlanceProps) {
  const entries = useMemo(() => glance(profiles, today), [profiles, today]);
  const shown = entries.slice(0, limit);
  return (
    <section class="glance" aria-labelledby="glance-title" data-glance>
      <h2 id="glance-title">{text.t('glance.title')}</h2>
      {entries.length === 0 ? (
        <p class="muted">{text.t('glance.nothing')}</p>
      ) : (
        <ul>
          {shown.map((entry) => (
            <li
              key={`${entry.profile.id}-${entry.kind}`}
              class={`glance-item glance-${entry.kind}`}
              data-glance-kind={entry.kind}
            >
              <button type="button" class="link" onClick={() => onOpen(entry.profile)}>
                <bdi>{displayName(entry.profile)}</bdi>
              </button>
              <span>{summary(text, entry)}</span>
            </li>
          ))}
        </ul>
      )}
      {entries.length > shown.length ? (
        <p class="muted small">{text.t('glance.more', { count: entries.length - shown.length })}</p>
      ) : null}
    </section>
  );
}
