import type { ComponentChildren } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { checkDraft, type Draft, type DraftTextKey } from '../../../profile/editor-check';
import { profileFindings } from '../../../profile/facts';
import type { MessageRef } from '../../../profile/messages';
import { CHANGED_ELSEWHERE } from '../../../profile/repository';
import type { Profile, ProfileData } from '../../../profile/schema';
import { displayName } from '../../../profile/search';
import { FieldInput, fieldLabel } from './FieldInput';
import { FindingsList } from './FindingsList';
import { SECTION_FIELDS, SECTIONS, type Section } from './field-specs';
import { SituationFields } from './SituationFields';
import { SupporterField } from './SupporterField';
import type { ProfileText } from './text';

export interface ProfileEditorProps {
  readonly text: ProfileText;
  readonly today: Date;
  readonly initial: Draft;
  /** The stored profile being edited; undefined for a new one. */
  readonly existing?: Profile;
  /** All profiles, to pick a supporter and to check the family rules. */
  readonly profiles: readonly Profile[];
  /** Resolves to a write error to show, or null when saved. `keepMine`: save over another window's save. */
  readonly onSave: (data: ProfileData, options?: { keepMine?: boolean }) => Promise<MessageRef | null>;
  /** After "changed in another window": drop the edits and show the stored profile. */
  readonly onReload?: () => void;
  readonly onCancel: () => void;
  readonly onDuplicate?: () => void;
  readonly onDelete?: () => void;
  readonly onExport?: () => void;
  /**
   * The 400-px popup: each section folds, and only the sections the official form asks first
   * (personal details, then contact) and the notes start open; a section with an error opens.
   */
  readonly compact?: boolean;
}

/** Open at first in the popup: what the pre-registration form asks, and the consultant's notes. */
const FIRST_OPEN: ReadonlySet<string> = new Set(['personal', 'contact', 'notes']);

/** A save that takes longer than this shows its busy state (the Save button disabled). */
const SHOW_SAVING_AFTER_MS = 100;

/**
 * Create or edit a profile. Values are checked as they are typed; a field's error shows once the
 * field is left or a save is tried. Saving with errors lists them in an alert and changes nothing.
 */
export function ProfileEditor(props: ProfileEditorProps) {
  const { text, today, existing, profiles } = props;
  const [draft, setDraft] = useState<Draft>(props.initial);
  const [touched, setTouched] = useState<ReadonlySet<DraftTextKey>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [writeError, setWriteError] = useState<MessageRef | null>(null);
  const [saving, setSaving] = useState(false);
  const savingNow = useRef(false);
  // What a clean-up on leaving a field did (e.g. the normalised mobile number), kept visible until
  // the field is edited again: the cleaned value itself no longer produces the notice.
  const [cleanupNotices, setCleanupNotices] = useState<Partial<Record<DraftTextKey, MessageRef[]>>>({});
  const summaryRef = useRef<HTMLDivElement>(null);
  const [openSections, setOpenSections] = useState<ReadonlySet<string>>(FIRST_OPEN);
  const openSection = (section: string, open: boolean) =>
    setOpenSections((sections) => {
      if (sections.has(section) === open) return sections;
      const next = new Set(sections);
      if (open) next.add(section);
      else next.delete(section);
      return next;
    });

  const check = useMemo(() => checkDraft(draft, today), [draft, today]);
  const visible = (key: DraftTextKey) => submitted || touched.has(key);
  const errorsOf = (key: DraftTextKey) => (visible(key) ? (check.errors[key] ?? []) : []);

  const supporter = profiles.find((profile) => profile.id === draft.text.supporterId);
  const findings = useMemo(() => {
    if (!check.data) return undefined;
    const candidate: Profile = { id: existing?.id ?? 'draft', createdAt: '', updatedAt: '', ...check.data };
    // No page is open: the options are quoted in the site's language the reader most likely
    // uses (the English pages for English, the Turkish ones otherwise: the site has only these two).
    return profileFindings(candidate, today, supporter, text.lang === 'en' ? 'en' : 'tr');
  }, [check.data, existing, today, supporter, text.lang]);

  const setText = (key: DraftTextKey, value: string) =>
    setDraft((d) => ({ ...d, text: { ...d.text, [key]: value } }));
  const edit = (key: DraftTextKey, value: string) => {
    setCleanupNotices(({ [key]: _dropped, ...rest }) => rest);
    setText(key, value);
  };
  const leave = (key: DraftTextKey) => {
    setTouched((keys) => new Set(keys).add(key));
    // Show the cleaned value (e.g. the normalised mobile number) once the field is left.
    const cleaned = check.cleaned[key];
    if (cleaned !== undefined && cleaned !== draft.text[key]) {
      setCleanupNotices((notices) => ({ ...notices, [key]: check.notices[key] ?? [] }));
      setText(key, cleaned);
    }
  };
  const noticesOf = (key: DraftTextKey) =>
    visible(key) ? [...(cleanupNotices[key] ?? []), ...(check.notices[key] ?? [])] : [];

  const errorKeys = Object.keys(check.errors) as DraftTextKey[];
  /** Opens the folded sections that hold these fields (a field to fix must be in view). */
  const openSectionsOf = (keys: readonly DraftTextKey[]) => {
    for (const key of keys) {
      const section = sectionOf(key);
      if (section) openSection(section, true);
    }
  };

  async function save(event: Event) {
    event.preventDefault();
    setWriteError(null);
    if (!check.data) {
      setSubmitted(true);
      openSectionsOf(Object.keys(check.errors) as DraftTextKey[]);
      // Move focus to the summary so screen readers announce it and keyboard users can go on from there.
      queueMicrotask(() => summaryRef.current?.focus());
      return;
    }
    await write(check.data);
  }

  async function write(data: ProfileData, options?: { keepMine?: boolean }) {
    // A second click while saving does nothing. The busy state is rendered only once the save is
    // slow enough to see: rendering the whole form at once would hold the write back by a frame.
    if (savingNow.current) return;
    savingNow.current = true;
    const showSaving = setTimeout(() => setSaving(true), SHOW_SAVING_AFTER_MS);
    let error: MessageRef | null;
    try {
      error = await (options ? props.onSave(data, options) : props.onSave(data));
    } finally {
      clearTimeout(showSaving);
      savingNow.current = false;
    }
    setSaving(false);
    if (!error) return;
    // As a tried save with errors shows every field's notes, so does a refused one.
    setSubmitted(true);
    setWriteError(error);
    // The summary sits at the top of a long form: bring it (and its choices) into view.
    queueMicrotask(() => summaryRef.current?.focus());
  }

  const conflict = writeError?.key === CHANGED_ELSEWHERE;
  // Only a person resolves a conflict: synthetic clicks are ignored.
  const keepMine = (event: Event) => {
    if (!event.isTrusted || !check.data) return;
    setWriteError(null);
    void write(check.data, { keepMine: true });
  };
  const reload = (event: Event) => {
    if (event.isTrusted) props.onReload?.();
  };

  const title = existing
    ? text.t('editor.editTitle', { name: displayName(existing) })
    : text.t('editor.newTitle');

  return (
    <form class="editor" onSubmit={save} noValidate aria-labelledby="editor-title" data-editor>
      <h2 id="editor-title">{title}</h2>
      <div
        ref={summaryRef}
        class="error-summary"
        role="alert"
        tabIndex={-1}
        hidden={!(submitted && errorKeys.length > 0) && !writeError}
        data-error-summary
      >
        {writeError ? <p>{text.message(writeError)}</p> : null}
        {conflict ? (
          <p class="actions" data-conflict>
            {props.onReload ? (
              <button type="button" onClick={reload} data-action="conflict-reload">
                {text.t('conflict.reload')}
              </button>
            ) : null}
            <button type="button" onClick={keepMine} disabled={saving} data-action="conflict-keep-mine">
              {text.t('conflict.keepMine')}
            </button>
          </p>
        ) : null}
        {submitted && errorKeys.length > 0 ? (
          <>
            <p>{text.t('editor.fixErrors', { count: errorKeys.length })}</p>
            <ul>
              {errorKeys.map((key) => (
                <li key={key}>
                  <a
                    href={`#field-${key}`}
                    onClick={(event) => {
                      event.preventDefault();
                      openSectionsOf([key]);
                      queueMicrotask(() => document.getElementById(`field-${key}`)?.focus());
                    }}
                  >
                    {fieldLabel(text, key)}
                  </a>
                  : {(check.errors[key] ?? []).map((error) => text.message(error)).join(' ')}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>

      {SECTIONS.map((section) => (
        <EditorSection
          key={section}
          section={section}
          title={text.t(`section.${section}`)}
          status={sectionStatus(text, section, draft, submitted ? check.errors : {})}
          compact={props.compact === true}
          open={openSections.has(section)}
          onToggle={openSection}
        >
          {SECTION_FIELDS[section].map((spec) => (
            <FieldInput
              key={spec.key}
              spec={spec}
              text={text}
              value={draft.text[spec.key] ?? ''}
              errors={errorsOf(spec.key)}
              notices={noticesOf(spec.key)}
              onInput={edit}
              onBlur={leave}
            />
          ))}
        </EditorSection>
      ))}

      <EditorSection
        section="situation"
        title={text.t('section.situation')}
        compact={props.compact === true}
        open={openSections.has('situation')}
        onToggle={openSection}
      >
        <p class="muted">{text.t('situation.help')}</p>
        <SituationFields
          text={text}
          situation={draft.situation}
          onChange={(situation) => setDraft((d) => ({ ...d, situation }))}
        />
      </EditorSection>

      <EditorSection
        section="family"
        title={text.t('section.family')}
        compact={props.compact === true}
        open={openSections.has('family')}
        onToggle={openSection}
      >
        <SupporterField
          text={text}
          profiles={profiles}
          selfId={existing?.id}
          value={draft.text.supporterId ?? ''}
          onChange={(id) => setText('supporterId', id)}
        />
      </EditorSection>

      <EditorSection
        section="notes"
        title={text.t('section.notes')}
        compact={props.compact === true}
        open={openSections.has('notes')}
        onToggle={openSection}
      >
        <FieldInput
          spec={{ key: 'notes', kind: 'textarea', maxLength: 5000 }}
          text={text}
          value={draft.text.notes ?? ''}
          errors={errorsOf('notes')}
          notices={[]}
          onInput={edit}
          onBlur={leave}
        />
      </EditorSection>

      <section class="section" aria-labelledby="checks-title" data-checks>
        <h3 id="checks-title">{text.t('editor.checks')}</h3>
        {findings ? (
          <FindingsList text={text} findings={findings} />
        ) : (
          <p class="muted">{text.t('editor.checksWaiting')}</p>
        )}
      </section>

      <div class="actions sticky-actions">
        <button type="submit" class="primary" disabled={saving} data-action="save">
          {text.t('action.save')}
        </button>
        <button type="button" onClick={props.onCancel} data-action="cancel">
          {text.t('action.cancel')}
        </button>
        {props.onDuplicate ? (
          <button type="button" onClick={props.onDuplicate} data-action="duplicate">
            {text.t('action.duplicate')}
          </button>
        ) : null}
        {props.onExport ? (
          <button type="button" onClick={props.onExport} data-action="export-one">
            {text.t('action.exportOne')}
          </button>
        ) : null}
        {props.onDelete ? (
          <button type="button" class="danger" onClick={props.onDelete} data-action="delete">
            {text.t('action.delete')}
          </button>
        ) : null}
      </div>
      <p class="muted small">{text.t('privacy.local')}</p>
    </form>
  );
}

function sectionOf(key: DraftTextKey): string | undefined {
  if (key === 'notes') return 'notes';
  if (key === 'supporterId') return 'family';
  return SECTIONS.find((section) => SECTION_FIELDS[section].some((spec) => spec.key === key));
}

/** "5 of 13 filled", and how many fields to fix once a save was tried. */
function sectionStatus(
  text: ProfileText,
  section: Section,
  draft: Draft,
  errors: Partial<Record<DraftTextKey, unknown>>,
): string {
  const specs = SECTION_FIELDS[section];
  const filled = specs.filter((spec) => (draft.text[spec.key] ?? '').trim() !== '').length;
  const toFix = specs.filter((spec) => errors[spec.key] !== undefined).length;
  const parts = [text.t('editor.sectionFilled', { filled, total: specs.length })];
  if (toFix > 0) parts.push(text.t('editor.sectionToFix', { count: toFix }));
  return parts.join(' · ');
}

/**
 * One section of the editor. In the popup it folds (a `<details>` whose summary names the
 * section and how much of it is filled); in the full view it is a plain fieldset.
 */
function EditorSection(props: {
  readonly section: string;
  readonly title: string;
  readonly status?: string;
  readonly compact: boolean;
  readonly open: boolean;
  readonly onToggle: (section: string, open: boolean) => void;
  readonly children: ComponentChildren;
}) {
  const { section, title, status, compact, open, onToggle, children } = props;
  if (!compact) {
    return (
      <fieldset class="section" data-section={section}>
        <legend>{title}</legend>
        {children}
      </fieldset>
    );
  }
  return (
    <details
      class="section section--fold"
      data-section={section}
      open={open}
      onToggle={(event) => onToggle(section, (event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <span class="section-title">{title}</span>
        {status ? <span class="section-status muted small">{status}</span> : null}
      </summary>
      <fieldset class="section-fields">
        <legend class="visually-hidden">{title}</legend>
        {children}
      </fieldset>
    </details>
  );
}
