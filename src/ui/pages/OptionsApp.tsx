import { useMemo, useState } from 'preact/hooks';
import { ChecklistLookup } from '../../features/lookups/popup/ChecklistLookup';
import { DeadlineCalculator } from '../../features/lookups/popup/DeadlineCalculator';
import { AtAGlance } from '../../features/profiles/popup/AtAGlance';
import { ImportPanel } from '../../features/profiles/popup/ImportPanel';
import { NeedsAttention } from '../../features/profiles/popup/NeedsAttention';
import { PageMaps } from '../../features/profiles/popup/PageMaps';
import { ProfileEditor } from '../../features/profiles/popup/ProfileEditor';
import { ProfileTable } from '../../features/profiles/popup/ProfileTable';
import { createProfileText } from '../../features/profiles/popup/text';
import { UndoBar } from '../../features/profiles/popup/UndoBar';
import { useEditing } from '../../features/profiles/popup/use-editing';
import { useProfiles } from '../../features/profiles/popup/use-profiles';
import { EncryptedExport } from '../../features/vault/popup/EncryptedExport';
import { ExportAll } from '../../features/vault/popup/ExportAll';
import { VaultGate } from '../../features/vault/popup/VaultGate';
import { exportProfiles, exportProfilesCsv } from '../profile-files';
import { LanguageSwitch } from './LanguageSwitch';
import { Tabs } from './Tabs';
import { useDocumentLanguage } from './use-document-language';
import { useLanguage } from './use-language';

const OPTIONS_TABS = ['profiles', 'checklist', 'deadlines'] as const;
type OptionsTab = (typeof OPTIONS_TABS)[number];

/** The full-page view for consultants: a sortable table, import/export and the needs-attention list. */
/** Behind the vault gate: while the profiles are locked, only the unlock form is mounted. */
export function OptionsApp(props: { today?: Date }) {
  const [language] = useLanguage();
  const text = useMemo(() => createProfileText(language ?? 'en'), [language]);
  // Here, not behind the gate: the first-run offer and the unlock form speak the language too.
  useDocumentLanguage(text);
  return (
    <VaultGate lang={language} title={text.t('app.title')}>
      <OptionsProfiles {...props} />
    </VaultGate>
  );
}

function OptionsProfiles({ today = new Date() }: { today?: Date }) {
  const [language, setLanguage] = useLanguage();
  const text = useMemo(() => createProfileText(language ?? 'en'), [language]);
  const controller = useProfiles();
  const editor = useEditing(controller);
  const [tab, setTab] = useState<OptionsTab>('profiles');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const { stored, activeId } = controller;
  const profiles = stored?.profiles ?? [];
  const active = profiles.find((profile) => profile.id === activeId);
  const selectedProfiles = profiles.filter((profile) => selected.has(profile.id));

  if (language === undefined) return null;
  return (
    <div class="app options" data-app="options">
      <header class="app-header">
        <h1>{text.t('app.titleFull')}</h1>
        <LanguageSwitch text={text} onChange={setLanguage} />
      </header>
      <p class="muted small">{text.t('privacy.local')}</p>
      <p class="visually-hidden" role="status" aria-live="polite" data-status>
        {controller.status ? text.message(controller.status) : ''}
      </p>
      <Tabs
        tabs={OPTIONS_TABS}
        current={tab}
        label={text.t('tabs.label')}
        tabLabel={(t) => text.t(`tabs.${t}`)}
        onSelect={setTab}
      >
        {tab === 'profiles' ? (
          stored === undefined ? (
            <p role="status">{text.t('list.loading')}</p>
          ) : (
            <div class={editor.editing ? 'workspace editing' : 'workspace'}>
              <div class="workspace-main">
                {controller.lastRemoved ? (
                  <UndoBar
                    text={text}
                    removed={controller.lastRemoved}
                    onUndo={() => void controller.undo()}
                  />
                ) : null}
                {controller.lastRemovedMany ? (
                  <UndoBar
                    text={text}
                    removedMany={controller.lastRemovedMany}
                    onUndo={() => void controller.undo()}
                  />
                ) : null}
                <NeedsAttention text={text} entries={stored.needsAttention} controller={controller} />
                <div class="actions">
                  <button type="button" class="primary" onClick={editor.startNew} data-action="new">
                    {text.t('action.new')}
                  </button>
                  <button
                    type="button"
                    onClick={() => exportProfiles(selectedProfiles)}
                    disabled={selectedProfiles.length === 0}
                    data-action="export-selected"
                  >
                    {text.t('action.exportSelected', { count: selectedProfiles.length })}
                  </button>
                  <button
                    type="button"
                    class="danger"
                    onClick={() => {
                      void controller.removeMany(selectedProfiles);
                      setSelected(new Set());
                    }}
                    disabled={selectedProfiles.length === 0}
                    data-action="delete-selected"
                  >
                    {text.t('action.deleteSelected', { count: selectedProfiles.length })}
                  </button>
                  <ExportAll lang={text.lang} label={text.t('action.exportAll')} profiles={profiles} />
                  <button
                    type="button"
                    onClick={() => exportProfilesCsv(profiles)}
                    disabled={profiles.length === 0}
                    data-action="export-csv"
                  >
                    {text.t('action.exportCsv')}
                  </button>
                </div>
                <EncryptedExport lang={text.lang} profiles={profiles} />
                <AtAGlance
                  text={text}
                  profiles={profiles}
                  today={today}
                  onOpen={editor.open}
                  limit={20}
                  onNew={editor.startNew}
                  onImport={() => document.querySelector<HTMLInputElement>('[data-import-file]')?.click()}
                />
                <ProfileTable
                  text={text}
                  profiles={profiles}
                  today={today}
                  activeId={activeId}
                  selected={selected}
                  onSelect={setSelected}
                  onOpen={editor.open}
                />
                <ImportPanel text={text} stored={stored} controller={controller} />
              </div>
              {editor.editing ? (
                <aside class="workspace-editor">
                  <ProfileEditor
                    key={editor.editing.key}
                    text={text}
                    today={today}
                    initial={editor.editing.draft}
                    existing={editor.editing.profile}
                    profiles={profiles}
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
                </aside>
              ) : null}
            </div>
          )
        ) : tab === 'checklist' ? (
          <ChecklistLookup text={text} today={today} profile={active} />
        ) : (
          <DeadlineCalculator text={text} today={today} profile={active} />
        )}
      </Tabs>
      <PageMaps text={text} />
    </div>
  );
}
