import { useEffect, useRef, useState } from 'preact/hooks';
import { listOf } from '../../../i18n/translator';
import { parseCsvFile } from '../../../profile/csv';
import { DUPLICATE_CHOICES, type DuplicateChoice, type ImportPlan } from '../../../profile/import-plan';
import { preparedFrom, prepareImportInSteps } from '../../../profile/import-run';
import { MAX_IMPORT_BYTES, MAX_PROFILES } from '../../../profile/limits';
import type { MessageRef, PathMessage } from '../../../profile/messages';
import type { StoredProfiles } from '../../../profile/records';
import { displayName } from '../../../profile/search';
import { type EncryptedExport, parseEncryptedExport } from '../../../profile/vault/encrypted-file';
import { EncryptedImportPrompt } from '../../vault/popup/EncryptedImportPrompt';
import { FilePick } from './FilePick';
import { ImportDifferences } from './ImportDifferences';
import { placeText } from './import-places';
import type { ProfileText } from './text';
import type { LastImport, ProfilesController } from './use-profiles';

type ImportState =
  | { readonly step: 'idle' }
  | { readonly step: 'refused'; readonly fileName: string; readonly problems: readonly PathMessage[] }
  | {
      readonly step: 'review';
      readonly fileName: string;
      readonly plan: ImportPlan;
      readonly notices: readonly PathMessage[];
      readonly summary: readonly MessageRef[];
      readonly choices: ReadonlyMap<number, DuplicateChoice>;
    }
  | { readonly step: 'failed'; readonly error: MessageRef }
  | { readonly step: 'passphrase'; readonly fileName: string; readonly file: EncryptedExport };

export interface ImportPanelProps {
  readonly text: ProfileText;
  readonly stored: StoredProfiles;
  readonly controller: ProfilesController;
}

/** Every profile of the file is stored already, exactly: there is nothing to import. */
const nothingNew = (plan: ImportPlan) =>
  plan.incoming.length > 0 && plan.identical.length === plan.incoming.length;

/** Many differing duplicates (an older backup): the buttons choose for all. */
const SHOWN_DUPLICATES = 100;

function ProblemList({ text, items }: { text: ProfileText; items: readonly PathMessage[] }) {
  return (
    <ul class="problems">
      {items.map((item, index) => (
        <li key={`${item.path}-${index}`} data-place={item.path}>
          <span class="place">{placeText(text, item.path)}</span> — {text.message(item)}
        </li>
      ))}
    </ul>
  );
}

/**
 * Import: the whole file is checked first; a file with any problem is refused with every problem
 * named, and nothing is stored. A valid file is shown for review, with a choice per duplicate.
 */
export function ImportPanel({ text, stored, controller }: ImportPanelProps) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const onProgress = (done: number, total: number) => setProgress({ done, total });
  /** What "Undo import" did, or why it could not. */
  const [afterUndo, setAfterUndo] = useState<{ readonly ok: boolean; readonly message: MessageRef }>();
  const { lastImport } = controller;

  async function readFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must trigger a new check
    if (!file) return;
    setAfterUndo(undefined);
    setBusy(true);
    // Too large files are refused before a byte is read.
    const text = file.size > MAX_IMPORT_BYTES ? '' : await file.text();
    const csv = file.name.toLowerCase().endsWith('.csv') || file.type === 'text/csv';
    const encrypted = csv ? null : parseEncryptedExport(text);
    if (encrypted !== null && encrypted !== 'malformed') {
      setBusy(false);
      setState({ step: 'passphrase', fileName: file.name, file: encrypted });
      return;
    }
    await review(text, file.size, file.name, csv);
  }

  async function review(text: string, size: number, fileName: string, csv: boolean) {
    setBusy(true);
    const prepared = csv
      ? preparedFrom(parseCsvFile(text, size), stored)
      : await prepareImportInSteps(text, size, stored, onProgress);
    setProgress(undefined);
    setBusy(false);
    setState(
      prepared.ok
        ? {
            step: 'review',
            fileName,
            plan: prepared.plan,
            notices: prepared.notices,
            summary: prepared.summary,
            choices: new Map(),
          }
        : { step: 'refused', fileName, problems: prepared.problems },
    );
  }

  function choose(index: number, choice: DuplicateChoice) {
    if (state.step !== 'review') return;
    setState({ ...state, choices: new Map(state.choices).set(index, choice) });
  }

  function chooseAll(choice: DuplicateChoice) {
    if (state.step !== 'review') return;
    setState({ ...state, choices: new Map(state.plan.duplicates.map((d) => [d.incomingIndex, choice])) });
  }

  async function confirm() {
    if (state.step !== 'review') return;
    setBusy(true);
    onProgress(0, state.plan.incoming.length);
    setAfterUndo(undefined);
    const { error } = await controller.importPlan(state.plan, state.choices, onProgress, {
      fileName: state.fileName,
      summary: state.summary,
    });
    setProgress(undefined);
    setBusy(false);
    setState(error ? { step: 'failed', error } : { step: 'idle' });
  }

  async function undoImport(taken: LastImport) {
    const restored = taken.imported.filter((entry) => entry.replaced !== undefined).length;
    const error = await controller.undo();
    setAfterUndo(
      error
        ? { ok: false, message: error }
        : {
            ok: true,
            message: {
              key: 'import.undone',
              params: {
                removed: text.number(taken.imported.length - restored),
                restored: text.number(restored),
              },
            },
          },
    );
  }

  return (
    <section class="import" aria-labelledby="import-title" data-import>
      <h3 id="import-title">{text.t('import.title')}</h3>
      <FilePick
        id="import-file"
        accept=".json,.csv,application/json,text/csv"
        label={text.t('import.choose')}
        button={text.t('import.pickFile')}
        marker="data-import-file"
        describedBy="import-limits"
        onFile={(input) => void readFile(input)}
      />
      <p id="import-limits" class="muted small">
        {text.t('import.limits', { maxMb: MAX_IMPORT_BYTES / 1024 / 1024, max: text.number(MAX_PROFILES) })}
      </p>

      {lastImport ? (
        <ImportDone text={text} done={lastImport} onUndo={() => void undoImport(lastImport)} />
      ) : null}
      {afterUndo ? (
        <p
          class={afterUndo.ok ? 'import-note' : 'alert error'}
          role={afterUndo.ok ? 'status' : 'alert'}
          data-import-undone={afterUndo.ok ? 'true' : 'false'}
        >
          {text.message(afterUndo.message)}
        </p>
      ) : null}

      {state.step === 'passphrase' ? (
        <EncryptedImportPrompt
          lang={text.lang}
          fileName={state.fileName}
          file={state.file}
          onOpened={(plain) => void review(plain, new Blob([plain]).size, state.fileName, false)}
          onCancel={() => setState({ step: 'idle' })}
        />
      ) : null}

      {progress ? (
        <div class="import-progress" data-import-progress>
          <progress
            max={Math.max(progress.total, 1)}
            value={progress.done}
            aria-labelledby="import-progress-text"
          />
          <span id="import-progress-text" role="status">
            {text.t('import.progress', {
              done: text.number(progress.done),
              total: text.number(progress.total),
            })}
          </span>
        </div>
      ) : null}

      {state.step === 'refused' ? (
        <div class="alert error" role="alert" data-import-errors>
          <p>{text.t('import.refused', { file: state.fileName, count: state.problems.length })}</p>
          <ProblemList text={text} items={state.problems} />
          <button type="button" onClick={() => setState({ step: 'idle' })}>
            {text.t('action.close')}
          </button>
        </div>
      ) : null}

      {state.step === 'failed' ? (
        <div class="alert error" role="alert" data-import-errors>
          <p>{text.message(state.error)}</p>
        </div>
      ) : null}

      {state.step === 'review' ? (
        <div class="import-review" data-import-review>
          {nothingNew(state.plan) ? (
            <div class="import-nothing-new" data-import-nothing-new>
              <p role="status">
                <strong>
                  {text.t('import.nothingNew', { identical: text.number(state.plan.identical.length) })}
                </strong>
              </p>
              <p class="muted small">{text.t('import.nothingNewHelp', { file: state.fileName })}</p>
            </div>
          ) : (
            <p role="status" data-import-summary>
              {text.t('import.summary', {
                file: state.fileName,
                count: text.number(state.plan.incoming.length),
                added: text.number(
                  state.plan.incoming.length - state.plan.duplicates.length - state.plan.identical.length,
                ),
                differ: text.number(state.plan.duplicates.length),
                identical: text.number(state.plan.identical.length),
              })}
            </p>
          )}
          {state.summary.map((note) => (
            <p key={note.key} class="import-note" data-import-note>
              {text.message(note)}
            </p>
          ))}
          {state.notices.length > 0 ? (
            <details>
              <summary>{text.t('import.notices', { count: state.notices.length })}</summary>
              <ProblemList text={text} items={state.notices} />
            </details>
          ) : null}
          {state.plan.duplicates.length > 0 ? (
            <div class="duplicates">
              <fieldset class="actions choose-all">
                <legend class="visually-hidden">{text.t('import.chooseAll')}</legend>
                {DUPLICATE_CHOICES.map((choice) => (
                  <button
                    key={choice}
                    type="button"
                    onClick={() => chooseAll(choice)}
                    data-choose-all={choice}
                  >
                    {text.t(`import.all.${choice}`)}
                  </button>
                ))}
              </fieldset>
              {state.plan.duplicates.length > SHOWN_DUPLICATES ? (
                <p class="muted small" data-more-duplicates>
                  {text.t('import.moreDuplicates', {
                    shown: SHOWN_DUPLICATES,
                    count: text.number(state.plan.duplicates.length),
                  })}
                </p>
              ) : null}
              {state.plan.duplicates.slice(0, SHOWN_DUPLICATES).map((duplicate) => {
                const current = state.choices.get(duplicate.incomingIndex) ?? 'skip';
                return (
                  <fieldset
                    key={duplicate.incomingIndex}
                    class="duplicate"
                    data-duplicate={duplicate.incomingIndex}
                  >
                    <legend>
                      {text.t('import.duplicate', {
                        incoming: displayName(duplicate.incoming),
                        existing: displayName(duplicate.existing),
                      })}
                    </legend>
                    <p class="muted small">
                      {new Intl.ListFormat(text.lang, { type: 'conjunction' }).format(
                        duplicate.reasons.map((reason) => text.t(`import.reason.${reason}`)),
                      )}
                    </p>
                    <ImportDifferences text={text} differences={duplicate.differences} />
                    {DUPLICATE_CHOICES.map((choice) => (
                      <label key={choice} class="choice">
                        <input
                          type="radio"
                          name={`duplicate-${duplicate.incomingIndex}`}
                          value={choice}
                          checked={current === choice}
                          onChange={() => choose(duplicate.incomingIndex, choice)}
                        />
                        {text.t(`import.choice.${choice}`)}
                      </label>
                    ))}
                  </fieldset>
                );
              })}
            </div>
          ) : null}
          {nothingNew(state.plan) ? (
            <div class="actions">
              <button type="button" onClick={() => setState({ step: 'idle' })} data-action="close-import">
                {text.t('action.close')}
              </button>
            </div>
          ) : (
            <div class="actions">
              <button
                type="button"
                class="primary"
                disabled={busy}
                onClick={() => void confirm()}
                data-action="confirm-import"
              >
                {text.t('import.confirm')}
              </button>
              <button type="button" onClick={() => setState({ step: 'idle' })}>
                {text.t('action.cancel')}
              </button>
            </div>
          )}
        </div>
      ) : null}
    </section>
  );
}

/** "2 added, 1 replaced and 1 identical left as they were": what happened, never a "0 skipped". */
function doneParts(
  text: ProfileText,
  counts: Readonly<Record<'added' | 'replaced' | 'skipped' | 'unchanged', number>>,
): string {
  const parts = (['added', 'replaced', 'skipped', 'unchanged'] as const)
    .filter((kind) => counts[kind] > 0)
    .map((kind) => text.t(`import.done.${kind}`, { count: text.number(counts[kind]) }));
  return listOf(
    text.lang,
    parts.length > 0 ? parts : [text.t('import.done.added', { count: text.number(0) })],
  );
}

/**
 * "clients.csv imported: 2 added, 1 replaced… — Undo import", shown until the next change (no
 * timer), like the undo of a bulk delete. It takes focus, so the result is read out and the
 * undo is one Tab away.
 */
function ImportDone({ text, done, onUndo }: { text: ProfileText; done: LastImport; onUndo: () => void }) {
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => message.current?.focus(), [done]);
  const { added, replaced, skipped, unchanged } = done.outcome;
  return (
    <div class="undo-bar import-done" data-import-done>
      <div class="undo-text">
        <p class="import-done-text" role="status" tabIndex={-1} ref={message}>
          {text.t('import.done', {
            file: done.fileName,
            parts: doneParts(text, { added, replaced, skipped, unchanged }),
          })}
        </p>
        {done.summary.map((note) => (
          <p key={note.key} class="small" data-import-note>
            {text.message(note)}
          </p>
        ))}
        {done.imported.length > 0 ? <p class="small muted">{text.t('import.undoUntil')}</p> : null}
      </div>
      {done.imported.length > 0 ? (
        <button type="button" class="primary" onClick={onUndo} data-action="undo-import">
          {text.t('import.undo')}
        </button>
      ) : null}
    </div>
  );
}
