import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { TAUGHT_KEY, type TaughtField, taughtIdentity } from '../../../page/taught';
import { downloadText } from '../../../ui/download';
import {
  importTaught,
  loadTaught,
  MAX_FILE_CHARS,
  type PageMapProblem,
  pageMapFileText,
  readPageMapFile,
  removeTaught,
  type TaughtState,
} from '../../teach/store/taught-store';
import { FilePick } from './FilePick';
import type { ProfileText } from './text';

type Status = { readonly ok: string } | { readonly error: string } | null;

/**
 * "What you taught the assistant": the fields taught from the overlay's panel, per kind of
 * page, each removable; exported and imported as a small page map file (labels, ids, names,
 * widgets and field keys, no values) that a consultant can hand to a colleague.
 */
export function PageMaps({ text }: { readonly text: ProfileText }) {
  const [state, setState] = useState<TaughtState | null>(null);
  const [status, setStatus] = useState<Status>(null);
  useEffect(() => {
    const reload = () => void loadTaught().then(setState);
    reload();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && TAUGHT_KEY in changes) reload();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  if (!state) return null;

  const problemText = (problem: PageMapProblem) =>
    problem.problem === 'entry'
      ? text.t('pageMaps.error.entry', { index: problem.index + 1, detail: problem.detail })
      : text.t(`pageMaps.error.${problem.problem}`, { maxKb: MAX_FILE_CHARS / 1000 });
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read =
      file.size > MAX_FILE_CHARS * 4 ? { problem: 'too-big' as const } : readPageMapFile(await file.text());
    if (!('fields' in read)) {
      setStatus({ error: problemText(read) });
      return;
    }
    try {
      await importTaught(read.fields);
      setStatus({ ok: text.t('pageMaps.imported', { count: read.fields.length }) });
    } catch {
      setStatus({ error: text.t('pageMaps.error.tooMany') });
    }
  };
  const remove = (entry: TaughtField) => void removeTaught(taughtIdentity(entry)).then(() => setStatus(null));

  return (
    <section class="page-maps" data-page-maps aria-labelledby="page-maps-title">
      <h2 id="page-maps-title">{text.t('pageMaps.title')}</h2>
      <p class="muted small">{text.t('pageMaps.explain')}</p>
      {state.setAside > 0 ? (
        <p class="notice" role="alert" data-page-maps-set-aside>
          {text.t('pageMaps.setAside', { count: state.setAside })}
        </p>
      ) : null}
      {state.fields.length === 0 ? (
        <p class="muted" data-page-maps-empty>
          {text.t('pageMaps.empty')}
        </p>
      ) : (
        <ul class="page-map-list">
          {state.fields.map((entry) => (
            <li key={taughtIdentity(entry)} data-taught={entry.key} data-taught-page={entry.page}>
              <span>
                {text.t('pageMaps.entry', {
                  label: entry.label || entry.name || entry.id,
                  field: text.field(entry.key, 'label') ?? entry.key,
                  page: entry.page,
                })}
              </span>{' '}
              <button type="button" data-action="remove-taught" onClick={() => remove(entry)}>
                {text.t('pageMaps.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button
          type="button"
          data-action="export-page-map"
          disabled={state.fields.length === 0}
          onClick={() => downloadText('eikamet-page-map.json', pageMapFileText(state.fields))}
        >
          {text.t('pageMaps.export')}
        </button>
        <FilePick
          id="page-map-file"
          accept=".json,application/json"
          label={text.t('pageMaps.import')}
          button={text.t('import.pickFile')}
          marker="data-page-map-file"
          onFile={(input) => void onFile(input)}
        />
      </div>
      {status ? (
        <p
          role={'error' in status ? 'alert' : 'status'}
          data-page-map-status={'error' in status ? 'error' : 'ok'}
        >
          {'error' in status ? status.error : status.ok}
        </p>
      ) : null}
    </section>
  );
}
