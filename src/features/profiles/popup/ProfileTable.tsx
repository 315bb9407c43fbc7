import { useMemo, useState } from 'preact/hooks';
import { formatTrDate } from '../../../domain/dates';
import type { Profile } from '../../../profile/schema';
import { displayName, searchProfiles } from '../../../profile/search';
import { MaskedIds } from '../../vault/popup/MaskedIds';
import {
  localDay,
  type SortDirection,
  type SortKey,
  sortRows,
  type TableRow,
  tableRow,
  windowUrgency,
} from './table-rows';
import type { ProfileText } from './text';

/** Rows in the DOM at first; "Show more" adds as many again. */
const TABLE_PAGE = 100;

export interface ProfileTableProps {
  readonly text: ProfileText;
  readonly profiles: readonly Profile[];
  readonly today: Date;
  readonly activeId: string | null;
  readonly selected: ReadonlySet<string>;
  readonly onSelect: (ids: ReadonlySet<string>) => void;
  readonly onOpen: (profile: Profile) => void;
}

function windowText(text: ProfileText, row: TableRow): string {
  if (!row.window) return '—';
  return text.t(`table.window.${row.window.status}`, {
    days: row.window.days,
    opens: formatTrDate(row.window.opens),
    closes: formatTrDate(row.window.closes),
  });
}

/** The consultants' table: search, sort by deadlines, select for export, open to edit. */
export function ProfileTable({
  text,
  profiles,
  today,
  activeId,
  selected,
  onSelect,
  onOpen,
}: ProfileTableProps) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: 'extension',
    direction: 'ascending',
  });
  const [shown, setShown] = useState(TABLE_PAGE);
  /** The row last ticked or unticked: a shift-click sets every row between it and the one clicked. */
  const [anchor, setAnchor] = useState<string>();
  const rows = useMemo(() => profiles.map((profile) => tableRow(profile, today)), [profiles, today]);
  const matches = useMemo(() => {
    const ids = new Set(searchProfiles(profiles, query).map((profile) => profile.id));
    return sortRows(
      rows.filter((row) => ids.has(row.profile.id)),
      sort.key,
      sort.direction,
    );
  }, [rows, profiles, query, sort]);
  const visible = matches.slice(0, shown);
  const allSelected = matches.length > 0 && matches.every((row) => selected.has(row.profile.id));

  const header = (key: SortKey) => {
    const current = sort.key === key;
    return (
      <th scope="col" aria-sort={current ? sort.direction : 'none'}>
        <button
          type="button"
          class="sort"
          onClick={() =>
            setSort({
              key,
              direction: current && sort.direction === 'ascending' ? 'descending' : 'ascending',
            })
          }
          data-sort={key}
        >
          {text.t(`table.column.${key}`)}
          <span aria-hidden="true">{current ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <section class="profile-table" aria-labelledby="table-title">
      <h2 id="table-title">{text.t('list.title')}</h2>
      <div class="table-tools">
        <div class="field search-field">
          <label for="table-search">{text.t('list.search')}</label>
          <input
            id="table-search"
            type="search"
            value={query}
            placeholder={text.t('list.searchPlaceholder')}
            onInput={(event) => {
              setQuery((event.currentTarget as HTMLInputElement).value);
              setShown(TABLE_PAGE);
            }}
            data-search
          />
        </div>
        <p class="muted small" aria-live="polite" data-count>
          {text.t('list.matches', {
            count: text.number(matches.length),
            total: text.number(profiles.length),
          })}
          {selected.size > 0 ? ` · ${text.t('table.selected', { count: text.number(selected.size) })}` : ''}
        </p>
      </div>
      <div class="table-scroll">
        <table data-profile-table>
          <caption class="visually-hidden">{text.t('table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label={text.t('table.selectAllMatching', { count: text.number(matches.length) })}
                  data-select-all
                  checked={allSelected}
                  onChange={() =>
                    onSelect(allSelected ? new Set() : new Set(matches.map((row) => row.profile.id)))
                  }
                />
              </th>
              {header('name')}
              <th scope="col">{text.t('table.column.documents')}</th>
              {header('extension')}
              {header('passport')}
              {header('updated')}
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => {
              const { profile } = row;
              const isSelected = selected.has(profile.id);
              return (
                <tr
                  key={profile.id}
                  data-profile-id={profile.id}
                  class={profile.id === activeId ? 'active' : undefined}
                >
                  <td>
                    <input
                      type="checkbox"
                      aria-label={text.t('table.select', { name: displayName(profile) })}
                      checked={isSelected}
                      data-select={profile.id}
                      onClick={(event) => {
                        const next = new Set(selected);
                        const ids = event.shiftKey ? rangeIds(matches, anchor, profile.id) : [profile.id];
                        for (const id of ids) {
                          if (isSelected) next.delete(id);
                          else next.add(id);
                        }
                        setAnchor(profile.id);
                        onSelect(next);
                      }}
                    />
                  </td>
                  <th scope="row">
                    <button type="button" class="link" onClick={() => onOpen(profile)} data-profile-name>
                      <bdi>{displayName(profile) || text.t('list.unnamed')}</bdi>
                    </button>
                  </th>
                  <td>
                    <MaskedIds
                      lang={text.lang}
                      name={displayName(profile)}
                      passportNumber={profile.passportNumber}
                      foreignerId={profile.foreignerId}
                    />
                  </td>
                  <td data-window-status={row.window?.status}>
                    <WindowCell text={text} row={row} />
                  </td>
                  <td class={row.passportTooShort ? 'warning-text' : undefined}>
                    {row.passportTooShort
                      ? text.t('table.passportTooShort', { date: profile.passportExpiry ?? '' })
                      : (profile.passportExpiry ?? '—')}
                  </td>
                  <td class="nowrap">
                    <bdi dir="ltr">{localDay(profile.updatedAt)}</bdi>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {matches.length > visible.length ? (
        <button type="button" class="show-more" onClick={() => setShown((count) => count + TABLE_PAGE)}>
          {text.t('list.showMore', { count: text.number(matches.length - visible.length) })}
        </button>
      ) : null}
    </section>
  );
}

/** The ids from the anchor row to the clicked one, in the table's current order (both included). */
function rangeIds(rows: readonly TableRow[], anchor: string | undefined, clicked: string): string[] {
  const ids = rows.map((row) => row.profile.id);
  const from = anchor === undefined ? -1 : ids.indexOf(anchor);
  const to = ids.indexOf(clicked);
  if (from < 0 || to < 0) return [clicked];
  return ids.slice(Math.min(from, to), Math.max(from, to) + 1);
}

/** The window's urgency as a word in its colour (as in the at-a-glance list), then the dates. */
function WindowCell({ text, row }: { text: ProfileText; row: TableRow }) {
  const urgency = windowUrgency(row.window);
  return (
    <>
      {urgency ? (
        <>
          <span class={`urgency urgency--${urgency}`}>{text.t(`glance.urgency.${urgency}`)}</span>{' '}
        </>
      ) : null}
      {windowText(text, row)}
    </>
  );
}
