import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { version } from '../../../package.json';
import { formatTrDate } from '../../domain/dates';
import { AtAGlance, AtAGlanceList, AtAGlancePending } from '../../features/profiles/popup/AtAGlance';
import { NeedsAttention } from '../../features/profiles/popup/NeedsAttention';
import { ProfileList } from '../../features/profiles/popup/ProfileList';
import { createProfileText } from '../../features/profiles/popup/text';
import { UndoBar } from '../../features/profiles/popup/UndoBar';
import { useEditing } from '../../features/profiles/popup/use-editing';
import { useProfiles } from '../../features/profiles/popup/use-profiles';
import { EncryptedExport } from '../../features/vault/popup/EncryptedExport';
import { ExportAll } from '../../features/vault/popup/ExportAll';
import { useVault } from '../../features/vault/popup/use-vault';
import { VaultGate } from '../../features/vault/popup/VaultGate';
import type { ListRow } from '../../profile/list-head';
import { displayName } from '../../profile/search';
import { whenIdle } from '../idle';
import { lazyComponent } from '../lazy';
import { exportProfiles } from '../profile-files';
import { LanguageSwitch } from './LanguageSwitch';
import { Tabs } from './Tabs';
import { useDocumentLanguage } from './use-document-language';
import { useLanguage } from './use-language';

// The popup opens on the list; the editor, the case import, the CSV/JSON import and the look-ups
// load on first use (and on idle, so that use is usually instant).
const ProfileEditor = lazyComponent(() =>
  import('../../features/profiles/popup/ProfileEditor').then((m) => m.ProfileEditor),
);
const CaseImportPanel = lazyComponent(() =>
  import('../../features/profiles/popup/CaseImportPanel').then((m) => m.CaseImportPanel),
);
const ImportPanel = lazyComponent(() =>
  import('../../features/profiles/popup/ImportPanel').then((m) => m.ImportPanel),
);
const ChecklistLookup = lazyComponent(() =>
  import('../../features/lookups/popup/ChecklistLookup').then((m) => m.ChecklistLookup),
);
const DeadlineCalculator = lazyComponent(() =>
  import('../../features/lookups/popup/DeadlineCalculator').then((m) => m.DeadlineCalculator),
);
const FeeLookup = lazyComponent(() =>
  import('../../features/lookups/popup/FeeLookup').then((m) => m.FeeLookup),
);
const ON_DEMAND = [
  ProfileEditor,
  CaseImportPanel,
  ImportPanel,
  ChecklistLookup,
  DeadlineCalculator,
  FeeLookup,
];

const POPUP_TABS = ['profiles', 'checklist', 'deadlines', 'fees'] as const;
type PopupTab = (typeof POPUP_TABS)[number];

/**
 * The toolbar popup: profiles, quick look-ups, language. About 400 px wide. The title and the
 * language come first; on the first run, two lines say what the assistant does and that nothing
 * leaves the device, before the vault's offer of a passphrase. Behind the vault gate: while the
 * profiles are locked, only the unlock form is mounted.
 */
export function PopupApp(props: { today?: Date }) {
  const [language, setLanguage] = useLanguage();
  const vault = useVault();
  const text = useMemo(() => createProfileText(language ?? 'en'), [language]);
  // Here, not behind the gate: the first-run offer and the unlock form speak the language too.
  useDocumentLanguage(text);
  const open = language !== undefined && vault.status !== 'loading' && vault.status !== 'locked';
  const firstRun = vault.status === 'none' && !vault.offerDismissed;
  return (
    <>
      {open ? (
        <div class="popup-top">
          <header class="app-header">
            <h1>{text.t('app.title')}</h1>
            <LanguageSwitch text={text} onChange={setLanguage} />
          </header>
          {firstRun ? (
            <div class="intro" data-intro>
              <p>{text.t('intro.what')}</p>
              <p>{text.t('intro.private')}</p>
            </div>
          ) : null}
        </div>
      ) : null}
      <VaultGate lang={language} title={text.t('app.title')} vault={vault} titleAbove={open}>
        <PopupProfiles {...props} />
      </VaultGate>
    </>
  );
}

function PopupProfiles({ today = new Date() }: { today?: Date }) {
  const [language] = useLanguage();
  const text = useMemo(() => createProfileText(language ?? 'en'), [language]);
  const controller = useProfiles();
  const editor = useEditing(controller);
  const [tab, setTab] = useState<PopupTab>('profiles');
  const [caseImport, setCaseImport] = useState(false);
  const { stored, head, activeId } = controller;
  const profiles = stored?.profiles ?? [];
  const active = profiles.find((profile) => profile.id === activeId);
  // Rows from the stored list head until every profile is read (see list-head.ts).
  const listRows: readonly ListRow[] | undefined = stored ? stored.profiles : (head?.rows ?? undefined);
  // A row opened before the full read finished opens as soon as its profile is there.
  const [pendingOpen, setPendingOpen] = useState<string>();
  const openRow = (row: Pick<ListRow, 'id'>) => {
    const profile = stored?.profiles.find((entry) => entry.id === row.id);
    if (profile) editor.open(profile);
    else if (!stored) setPendingOpen(row.id);
  };
  useEffect(() => {
    if (!stored || pendingOpen === undefined) return;
    setPendingOpen(undefined);
    const profile = stored.profiles.find((entry) => entry.id === pendingOpen);
    if (profile) editor.open(profile);
  }, [stored, pendingOpen, editor.open]);

  // Only once every profile is read: loading code earlier would hold back the first rows.
  const allRead = stored !== undefined;
  useEffect(() => {
    if (allRead)
      whenIdle(() => ON_DEMAND.forEach((part) => void part.preload().catch(() => undefined)), 1_000);
  }, [allRead]);

  // The import section's own file picker, opened by the person's press on "Import from a file".
  const chooseImportFile = () => document.querySelector<HTMLInputElement>('[data-import-file]')?.click();

  // Scroll back to the top when switching between the list and the editor.
  useEffect(() => window.scrollTo(0, 0), [editor.editing?.key]);

  if (language === undefined) return null;
  return (
    <div class="app popup" data-app="popup">
      <p class="active-profile small" data-active-profile>
        {active ? text.t('active.using', { name: displayName(active) }) : text.t('active.none')}{' '}
        <span class="muted">{text.t('active.global')}</span>
      </p>
      <p class="visually-hidden" role="status" aria-live="polite" data-status>
        {controller.status ? text.message(controller.status) : ''}
      </p>

      <Tabs
        tabs={POPUP_TABS}
        current={tab}
        label={text.t('tabs.label')}
        tabLabel={(t) => text.t(`tabs.${t}`)}
        onSelect={setTab}
      >
        {tab === 'profiles' ? (
          listRows === undefined ? (
            <p role="status">{text.t('list.loading')}</p>
          ) : editor.editing ? (
            <ProfileEditor
              fallback={<p role="status">{text.t('app.loading')}</p>}
              key={editor.editing.key}
              text={text}
              today={today}
              initial={editor.editing.draft}
              existing={editor.editing.profile}
              profiles={profiles}
              compact
              onSave={editor.save}
              onReload={editor.reload}
              onCancel={editor.close}
              onDuplicate={
                editor.editing.profile
                  ? () => editor.editing?.profile && editor.duplicate(editor.editing.profile)
                  : undefined
              }
              onExport={
                editor.editing.profile
                  ? () => editor.editing?.profile && exportProfiles([editor.editing.profile])
                  : undefined
              }
              onDelete={editor.editing.profile ? () => void editor.remove() : undefined}
            />
          ) : caseImport ? (
            <CaseImportPanel
              fallback={<p role="status">{text.t('app.loading')}</p>}
              text={text}
              today={today}
              onDraft={(draft) => {
                setCaseImport(false);
                editor.startFrom(draft);
              }}
              onCancel={() => setCaseImport(false)}
            />
          ) : (
            <>
              {controller.lastRemoved ? (
                <UndoBar text={text} removed={controller.lastRemoved} onUndo={() => void controller.undo()} />
              ) : null}
              {stored ? (
                <NeedsAttention text={text} entries={stored.needsAttention} controller={controller} />
              ) : null}
              <div class="actions">
                <button
                  type="button"
                  class="primary"
                  onClick={editor.startNew}
                  disabled={!stored}
                  data-action="new"
                >
                  {text.t('action.new')}
                </button>
                <button
                  type="button"
                  onClick={() => setCaseImport(true)}
                  disabled={!stored}
                  data-action="case-import"
                >
                  {text.t('caseImport.open')}
                </button>
                <ExportAll lang={text.lang} label={text.t('action.exportAll')} profiles={profiles} />
                <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
                  {text.t('action.openFullView')}
                </button>
              </div>
              <EncryptedExport lang={text.lang} profiles={profiles} />
              {stored ? (
                <AtAGlance
                  text={text}
                  profiles={profiles}
                  today={today}
                  onOpen={editor.open}
                  onNew={editor.startNew}
                  onImport={chooseImportFile}
                />
              ) : head?.glance.day === formatTrDate(today) ? (
                <AtAGlanceList
                  text={text}
                  rows={head.glance.rows}
                  total={head.glance.total}
                  profileCount={head.total}
                  onOpen={openRow}
                />
              ) : (
                <AtAGlancePending text={text} />
              )}
              <ProfileList
                text={text}
                profiles={listRows}
                total={stored ? profiles.length : (head?.total ?? 0)}
                complete={stored !== undefined}
                activeId={activeId}
                onOpen={openRow}
                onSetActive={(id) => void controller.setActive(id)}
              />
              {stored ? <ImportPanel text={text} stored={stored} controller={controller} /> : null}
            </>
          )
        ) : tab === 'checklist' ? (
          <ChecklistLookup
            fallback={<p role="status">{text.t('app.loading')}</p>}
            text={text}
            today={today}
            profile={active}
          />
        ) : tab === 'deadlines' ? (
          <DeadlineCalculator
            fallback={<p role="status">{text.t('app.loading')}</p>}
            text={text}
            today={today}
            profile={active}
          />
        ) : (
          <FeeLookup
            fallback={<p role="status">{text.t('app.loading')}</p>}
            text={text}
            today={today}
            profile={active}
          />
        )}
      </Tabs>
      <footer class="app-footer muted small" data-version={version}>
        {text.t('app.version', { version })}
      </footer>
    </div>
  );
}
