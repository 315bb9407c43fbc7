import { useState } from 'preact/hooks';
import { FIELD_KEYS, type FieldKey } from '../../../contracts/field-keys';
import type { Translate } from '../../../i18n/translate';
import { fieldCatalogue } from '../../../page/catalogue';
import { GATE_KEYS } from '../../../page/gate-keys';
import type { PageRecognition, UnknownControl } from '../../../page/recognition-types';
import { PAGE_MAP_FORMAT, type TaughtField } from '../../../page/taught';
import type { UiText } from '../../../ui/i18n';
import { guard } from '../../../ui/overlay/guard';
import { trusted } from '../../../ui/overlay/trusted';

interface TeachProps {
  readonly recognition: PageRecognition;
  readonly t: Translate;
  readonly text: UiText;
  readonly teach: (entry: TaughtField) => Promise<void>;
}

/**
 * "What is this field?" for each control of a partly recognised page that the assistant does
 * not know: the person picks a field in our list and presses "Keep" (a trusted click), and it is kept on
 * this device for this kind of page (`taught-client.ts`); the page is then recognised again.
 * Only fields that can be that kind of control are offered; human gates never.
 */
export function TeachFields({ recognition, t, text, teach }: TeachProps) {
  const [failed, setFailed] = useState(false);
  const controls = recognition.unknownControls ?? [];
  if (recognition.kind === 'unknown' || controls.length === 0) return null;
  const labelOf = (key: FieldKey) => text.field(key, 'label') ?? key;
  // The list only shows the choice; the person's click on "Keep" acts (a page script may change a list, not click).
  const onKeep = (control: UnknownControl) =>
    guard('teaching a field', (event: Event) => {
      const list = (event.currentTarget as HTMLElement).parentElement?.querySelector('select');
      const key = list?.value as FieldKey | undefined;
      if (!key) return;
      const { label, id, name, widget } = control;
      teach({ page: recognition.kind, label, id, name, widget, key }).then(
        () => setFailed(false),
        () => setFailed(true),
      );
    });
  return (
    <div class="teach" data-teach>
      <h4 class="fill-group">{t('fill.teach.heading')}</h4>
      <p class="fill-note">{t('fill.teach.explain')}</p>
      {controls.map((control, index) => {
        const keys = FIELD_KEYS.filter(
          (key) => !GATE_KEYS.has(key) && fieldCatalogue()[key].widgets.includes(control.widget),
        ).sort((a, b) => labelOf(a).localeCompare(labelOf(b), text.lang));
        return (
          <div class="teach-field" key={`${index}:${control.label}`} data-teach-field={control.label}>
            <span class="fill-result-name">{control.label || control.name || control.id}</span>
            <select aria-label={t('fill.teach.choose')}>
              <option value="">{t('fill.teach.choose')}</option>
              {keys.map((key) => (
                <option key={key} value={key}>
                  {labelOf(key)}
                </option>
              ))}
            </select>
            <button
              type="button"
              class="fill-secondary"
              data-action="teach"
              onClick={trusted(onKeep(control))}
            >
              {t('fill.teach.keep')}
            </button>
          </div>
        );
      })}
      {failed ? (
        <p class="fill-error" role="alert">
          {t('fill.teach.failed')}
        </p>
      ) : null}
    </div>
  );
}

/** The page as the assistant sees it, without any value: for a bug report, or to import elsewhere. */
export function pageMapOf(recognition: PageRecognition): string {
  const describe = ({ element, label, widget }: { element: HTMLElement; label: string; widget: string }) => ({
    label,
    id: element.id,
    name: element.getAttribute('name') ?? '',
    widget,
  });
  const map = {
    format: PAGE_MAP_FORMAT,
    version: 1,
    page: recognition.kind,
    lang: recognition.lang,
    fields: recognition.fields.map((field) => ({
      page: recognition.kind,
      ...describe(field),
      key: field.key,
    })),
    unknown: (recognition.unknownControls ?? []).map(describe),
  };
  return JSON.stringify(map, null, 1);
}

/** "Copy page map": the value-free description onto the clipboard (a trusted click's own gesture). */
export function CopyPageMap({ recognition, t }: Pick<TeachProps, 'recognition' | 't'>) {
  const [copied, setCopied] = useState<'copied' | 'copyFailed' | null>(null);
  if (recognition.kind === 'unknown') return null;
  const onCopy = guard('copying the page map', () => {
    navigator.clipboard.writeText(pageMapOf(recognition)).then(
      () => setCopied('copied'),
      () => setCopied('copyFailed'),
    );
  });
  return (
    <p class="fill-note">
      <button type="button" class="fill-secondary" data-action="copy-page-map" onClick={trusted(onCopy)}>
        {t('fill.teach.copyMap')}
      </button>{' '}
      {copied ? (
        <span role="status" data-page-map={copied}>
          {t(`fill.teach.${copied}`)}
        </span>
      ) : null}
    </p>
  );
}
