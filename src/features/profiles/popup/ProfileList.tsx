import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { sortForList } from '../../../profile/list-head';
import { displayName, type Searchable, searchProfiles } from '../../../profile/search';
import { MaskedIds } from '../../vault/popup/MaskedIds';
import type { ProfileText } from './text';

/**
 * Performance marks for the bench (`scripts/bench/popup.ts`): the first time rows are in the DOM,
 * and every time the rows change after a search. Marks cost microseconds and assert nothing.
 */
export const LIST_FIRST_ROWS_MARK = 'profile-list:first-rows';
export const LIST_RENDERED_MARK = 'profile-list:rendered';
/** Every profile read and validated (until then the rows come from the stored list head). */
export const LIST_COMPLETE_MARK = 'profile-list:complete';

/** Rows rendered at first; "Show more" adds this many again. Keeps 10,000 profiles instant. */
export const PAGE_SIZE = 50;

export interface ProfileListProps<Row extends Searchable> {
  readonly text: ProfileText;
  /** Every valid profile, or (while they are read) the stored list head's rows. */
  readonly profiles: readonly Row[];
  /** How many profiles there are; more than `profiles` while only the head is known. */
  readonly total: number;
  /** False while only the head is known: counts and "Show more" wait for the full list. */
  readonly complete: boolean;
  readonly activeId: string | null;
  readonly onOpen: (profile: Row) => void;
  readonly onSetActive: (id: string | null) => void;
}

/** Searchable list of profiles; only a window of the matches is in the DOM. */
export function ProfileList<Row extends Searchable>({
  text,
  profiles,
  total,
  complete,
  activeId,
  onOpen,
  onSetActive,
}: ProfileListProps<Row>) {
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE_SIZE);
  const sorted = useMemo(() => sortForList(profiles), [profiles]);
  const matches = useMemo(() => searchProfiles(sorted, query), [sorted, query]);
  const visible = matches.slice(0, shown);

  const hasRows = visible.length > 0;
  useLayoutEffect(() => {
    if (hasRows && performance.getEntriesByName(LIST_FIRST_ROWS_MARK).length === 0)
      performance.mark(LIST_FIRST_ROWS_MARK);
  }, [hasRows]);
  useLayoutEffect(() => {
    performance.mark(LIST_RENDERED_MARK);
  }, [matches]);
  useLayoutEffect(() => {
    if (complete && performance.getEntriesByName(LIST_COMPLETE_MARK).length === 0)
      performance.mark(LIST_COMPLETE_MARK);
  }, [complete]);

  return (
    <section
      class="profile-list"
      aria-labelledby="profiles-title"
      aria-busy={complete ? 'false' : 'true'}
      data-list-complete={complete ? 'true' : 'false'}
    >
      <h2 id="profiles-title" class="visually-hidden">
        {text.t('list.title')}
      </h2>
      <div class="field search-field">
        <label for="profile-search">{text.t('list.search')}</label>
        <input
          id="profile-search"
          type="search"
          value={query}
          placeholder={text.t('list.searchPlaceholder')}
          aria-describedby="profile-count"
          onInput={(event) => {
            setQuery((event.currentTarget as HTMLInputElement).value);
            setShown(PAGE_SIZE);
          }}
          data-search
        />
      </div>
      <p id="profile-count" class="muted small" aria-live="polite" data-count>
        {!complete
          ? text.t('list.loading')
          : query.trim()
            ? text.t('list.matches', {
                count: text.number(matches.length),
                total: text.number(total),
              })
            : text.t('list.count', { count: text.number(total) })}
      </p>
      {total === 0 ? <p class="empty">{text.t('list.empty')}</p> : null}
      <ul class="rows" data-profile-list>
        {visible.map((profile) => {
          const active = profile.id === activeId;
          return (
            <li key={profile.id} class={active ? 'row active' : 'row'} data-profile-id={profile.id}>
              <div class="row-main">
                <button type="button" class="row-open" onClick={() => onOpen(profile)} data-profile-name>
                  <bdi class="row-name">{displayName(profile) || text.t('list.unnamed')}</bdi>
                </button>
                <MaskedIds
                  class="row-meta"
                  lang={text.lang}
                  name={displayName(profile)}
                  passportNumber={profile.passportNumber}
                  foreignerId={profile.foreignerId}
                />
              </div>
              <button
                type="button"
                class="row-use"
                aria-pressed={active ? 'true' : 'false'}
                aria-label={text.t(active ? 'list.activeLabel' : 'list.useLabel', {
                  name: displayName(profile),
                })}
                onClick={() => onSetActive(active ? null : profile.id)}
                data-use-profile
              >
                {text.t(active ? 'list.active' : 'list.use')}
              </button>
            </li>
          );
        })}
      </ul>
      {complete && matches.length > visible.length ? (
        <button type="button" class="show-more" onClick={() => setShown((count) => count + PAGE_SIZE)}>
          {text.t('list.showMore', { count: text.number(matches.length - visible.length) })}
        </button>
      ) : null}
    </section>
  );
}
