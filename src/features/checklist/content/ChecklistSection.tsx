import {
  APPLICATION_KINDS,
  type ApplicationKind,
  PERMIT_TYPES,
  type PermitType,
  SHORT_TERM_PURPOSES,
  type ShortTermPurpose,
} from '../../../domain/permits';
import type { SessionChoices } from '../../../permit-application/session';
import type { ChecklistView } from '../../../protocol/protocol';
import type { UiText } from '../../../ui/i18n';
import { trusted } from '../../../ui/overlay/trusted';
import type { ChecklistInputs } from './checklist-loader';

export interface ChecklistSectionProps {
  readonly text: UiText;
  readonly inputs: ChecklistInputs;
  readonly view: ChecklistView | null;
  readonly ticks: readonly string[];
  readonly onChoose: (choices: SessionChoices) => void;
  readonly onTick: (id: string, ticked: boolean) => void;
  readonly onPrint: () => void;
}

interface ChoiceProps<T extends string> {
  readonly id: string;
  readonly label: string;
  readonly value: T | undefined;
  readonly options: readonly T[];
  readonly optionText: (option: T) => string;
  readonly placeholder: string;
  readonly onChange: (value: T | undefined) => void;
}

/** A small select in the panel for what the page has not said; our own control, in our shadow root. */
function Choice<T extends string>({
  id,
  label,
  value,
  options,
  optionText,
  placeholder,
  onChange,
}: ChoiceProps<T>) {
  return (
    <div class="choice">
      <label for={id}>{label}</label>
      <select
        id={id}
        data-choice={id}
        value={value ?? ''}
        onChange={trusted((event: Event) => {
          const chosen = (event.currentTarget as HTMLSelectElement).value;
          onChange(options.includes(chosen as T) ? (chosen as T) : undefined);
        })}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionText(option)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** What the page said, shown instead of a select. */
function Said({ label, value, hook }: { label: string; value: string; hook: string }) {
  return (
    <div class="choice choice--page">
      <span class="choice-label">{label}</span>{' '}
      <strong dir="auto" data-from-page={hook}>
        {value}
      </strong>
    </div>
  );
}

/** What the page said, shown as said; otherwise the user chooses it here. */
function SaidOrChoice<T extends string>({
  fromPage,
  ...choice
}: ChoiceProps<T> & { fromPage: boolean | undefined }) {
  return fromPage && choice.value ? (
    <Said label={choice.label} value={choice.optionText(choice.value)} hook={choice.id} />
  ) : (
    <Choice {...choice} />
  );
}

/**
 * The documents to prepare for this application: the permit type, purpose and kind as the
 * page gave them (or as the user chose them here), then the list with a tick box per document.
 * Ticks are kept with the application, for this tab only.
 */
export function ChecklistSection(props: ChecklistSectionProps) {
  const { text, inputs, view, ticks, onChoose, onTick, onPrint } = props;
  const { t, doc } = text;
  const typeText = (type: PermitType) => doc(`permit.type.${type}`);
  const purposeText = (purpose: ShortTermPurpose) => doc(`permit.purpose.${purpose}`);
  const kindText = (kind: ApplicationKind) => t(`application.${kind}`);
  const done = view ? view.items.filter((item) => ticks.includes(item.id)).length : 0;

  return (
    <details class="checklist-section" data-checklist-section>
      <summary>
        {t('checklist.title')}
        {view && view.items.length > 0 ? (
          <span class="checklist-count" data-checklist-count>
            {' '}
            {t('checklist.progress', { done, total: view.items.length })}
          </span>
        ) : null}
      </summary>
      <div class="checklist-choices">
        <SaidOrChoice
          id="permitType"
          fromPage={inputs.fromPage.permitType}
          label={t('checklist.permitType')}
          value={inputs.permitType}
          options={PERMIT_TYPES}
          optionText={typeText}
          placeholder={t('checklist.choose')}
          onChange={(permitType) => onChoose({ permitType })}
        />
        {inputs.permitType !== 'short-term' ? null : (
          <SaidOrChoice
            id="purpose"
            fromPage={inputs.fromPage.purpose}
            label={t('checklist.purpose')}
            value={inputs.purpose}
            options={SHORT_TERM_PURPOSES}
            optionText={purposeText}
            placeholder={t('checklist.choose')}
            onChange={(purpose) => onChoose({ purpose })}
          />
        )}
        <SaidOrChoice
          id="kind"
          fromPage={inputs.fromPage.kind}
          label={t('checklist.kind')}
          value={inputs.kind}
          options={APPLICATION_KINDS}
          optionText={kindText}
          placeholder={t('checklist.choose')}
          onChange={(kind) => onChoose({ kind })}
        />
      </div>

      {!inputs.permitType || !inputs.kind ? (
        <p class="checklist-empty">{t('checklist.needsChoice')}</p>
      ) : !view ? null : (
        <>
          <p class={`checklist-status checklist-status--${view.status}`} data-checklist-status={view.status}>
            {doc(view.statusMessageKey)}
          </p>
          <ul
            class="checklist"
            data-checklist
            data-permit-type={inputs.permitType}
            data-kind={inputs.kind}
            data-purpose={inputs.purpose}
          >
            {view.items.map((item) => {
              const id = `doc-${item.id}`;
              const ticked = ticks.includes(item.id);
              return (
                <li key={item.id} class="doc" data-doc={item.id} data-requirement={item.requirement}>
                  <input
                    type="checkbox"
                    id={id}
                    checked={ticked}
                    onClick={trusted((event: MouseEvent) =>
                      onTick(item.id, (event.currentTarget as HTMLInputElement).checked),
                    )}
                  />
                  <label for={id}>
                    <span class="doc-title">{doc(item.titleKey, item.params)}</span>{' '}
                    <span class="doc-requirement">{doc(`requirement.${item.requirement}`)}</span>
                  </label>
                  {item.noteKey ? <p class="doc-note">{doc(item.noteKey, item.params)}</p> : null}
                  {item.alternatives && item.alternatives.length > 0 ? (
                    <ul class="doc-alternatives">
                      {item.alternatives.map((alternative) => (
                        <li
                          key={alternative.id}
                          data-alternative={alternative.id}
                          data-fits={alternative.matchesSituation ? 'true' : undefined}
                        >
                          {doc(alternative.titleKey)}
                          {alternative.noteKey ? (
                            <span class="doc-note"> — {doc(alternative.noteKey)}</span>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ul>
          {view.notes.length > 0 ? (
            <ul class="checklist-notes">
              {view.notes.map((note) => (
                <li key={note.id} class={`checklist-note checklist-note--${note.tone}`} data-note={note.id}>
                  {doc(note.messageKey, note.params)}
                </li>
              ))}
            </ul>
          ) : null}
          {view.items.length > 0 ? (
            <button
              type="button"
              class="checklist-print"
              data-action="print-checklist"
              onClick={trusted(onPrint)}
            >
              {t('checklist.print')}
            </button>
          ) : null}
        </>
      )}
    </details>
  );
}
