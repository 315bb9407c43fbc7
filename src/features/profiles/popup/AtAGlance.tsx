import { useMemo } from 'preact/hooks';
import {
  GLANCE_GROUPS,
  GLANCE_URGENCY,
  type GlanceGroup,
  type GlanceRow,
  glance,
  glanceGroup,
  glanceRow,
} from '../../../profile/glance';
import type { Profile } from '../../../profile/schema';
import { displayName } from '../../../profile/search';
import type { ProfileText } from './text';

export interface AtAGlanceProps {
  readonly text: ProfileText;
  readonly profiles: readonly Profile[];
  readonly today: Date;
  readonly onOpen: (profile: Profile) => void;
  /** How many entries to show; the options page shows all. */
  readonly limit?: number;
  /** With no profiles at all, the section offers these instead of an empty list. */
  readonly onNew?: (() => void) | undefined;
  readonly onImport?: (() => void) | undefined;
}

function summary(text: ProfileText, row: GlanceRow): string {
  // Within the grace days after the end, the regulation still receives a new application: say until when.
  const key =
    row.kind === 'extension-expired' && typeof row.params.lastNewApplicationDay === 'string'
      ? 'glance.extension-expired-grace'
      : `glance.${row.kind}`;
  return text.t(key, { ...row.params, days: Math.abs(row.daysLeft) });
}

/** The rows of each group, in the order given (the triage order). */
function byGroup(rows: readonly GlanceRow[]): [GlanceGroup, GlanceRow[]][] {
  return GLANCE_GROUPS.map((group) => [group, rows.filter((row) => glanceGroup(row.kind) === group)]);
}

/** The section's place while the profiles are still being read. */
export function AtAGlancePending({ text }: { readonly text: ProfileText }) {
  return (
    <section class="glance" aria-labelledby="glance-title" aria-busy="true" data-glance>
      <h2 id="glance-title">{text.t('glance.title')}</h2>
      <p class="muted">{text.t('list.loading')}</p>
    </section>
  );
}

/**
 * Whose extension window is open or closing, whose passport is too short and, in a group of
 * their own, whose permit already ended: the triage order of `glance`.
 */
export function AtAGlance({ text, profiles, today, onOpen, limit = 8, onNew, onImport }: AtAGlanceProps) {
  const entries = useMemo(() => glance(profiles, today), [profiles, today]);
  const rows = useMemo(() => entries.slice(0, limit).map(glanceRow), [entries, limit]);
  const open = (row: GlanceRow) => {
    const profile = profiles.find((candidate) => candidate.id === row.id);
    if (profile) onOpen(profile);
  };
  return (
    <AtAGlanceList
      text={text}
      rows={rows}
      total={entries.length}
      profileCount={profiles.length}
      onOpen={open}
      onNew={onNew}
      onImport={onImport}
    />
  );
}

export interface AtAGlanceListProps {
  readonly text: ProfileText;
  /** The entries to show, most urgent first. */
  readonly rows: readonly GlanceRow[];
  /** How many entries there are in all. */
  readonly total: number;
  /** How many profiles there are; with none, the section says how to add some. */
  readonly profileCount?: number;
  readonly onOpen: (row: GlanceRow) => void;
  readonly onNew?: (() => void) | undefined;
  readonly onImport?: (() => void) | undefined;
}

/** The list itself: from the profiles just read, or from the stored list head (`list-head.ts`). */
export function AtAGlanceList(props: AtAGlanceListProps) {
  const { text, rows, total, onOpen, profileCount, onNew, onImport } = props;
  return (
    <section class="glance" aria-labelledby="glance-title" data-glance>
      <h2 id="glance-title">{text.t('glance.title')}</h2>
      {profileCount === 0 ? (
        <div data-glance-empty>
          <p class="muted">{text.t('glance.noProfiles')}</p>
          <div class="actions">
            {onNew ? (
              <button type="button" onClick={onNew} data-action="glance-new">
                {text.t('glance.create')}
              </button>
            ) : null}
            {onImport ? (
              <button type="button" onClick={onImport} data-action="glance-import">
                {text.t('glance.import')}
              </button>
            ) : null}
          </div>
        </div>
      ) : total === 0 ? (
        <p class="muted">{text.t('glance.nothing')}</p>
      ) : (
        byGroup(rows).map(([group, groupRows]) =>
          groupRows.length === 0 ? null : (
            <div key={group} class={`glance-group glance-group--${group}`} data-glance-group={group}>
              <h3 id={`glance-group-${group}`}>{text.t(`glance.group.${group}`)}</h3>
              <ul aria-labelledby={`glance-group-${group}`}>
                {groupRows.map((row) => (
                  <li
                    key={`${row.id}-${row.kind}`}
                    class={`glance-item glance-${row.kind}`}
                    data-glance-kind={row.kind}
                    data-urgency={GLANCE_URGENCY[row.kind]}
                  >
                    {/* The urgency in words and in colour together: the colour alone says nothing. */}
                    <span class={`urgency urgency--${GLANCE_URGENCY[row.kind]}`}>
                      {text.t(`glance.urgency.${GLANCE_URGENCY[row.kind]}`)}
                    </span>
                    <button type="button" class="link" onClick={() => onOpen(row)}>
                      <bdi>{displayName(row)}</bdi>
                    </button>
                    <span class="glance-summary">{summary(text, row)}</span>
                  </li>
                ))}
              </ul>
            </div>
          ),
        )
      )}
      {total > rows.length ? (
        <p class="muted small">{text.t('glance.more', { count: total - rows.length })}</p>
      ) : null}
    </section>
  );
}
