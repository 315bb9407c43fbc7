import { useMemo } from 'preact/hooks';
import { isFieldKey } from '../../../contracts/field-keys';
import type { DraftTextKey } from '../../../profile/editor-check';
import type { MessageRef } from '../../../profile/messages';
import type { FieldSpec } from './field-specs';
import type { ProfileText } from './text';

export function fieldLabel(text: ProfileText, key: DraftTextKey): string {
  return (isFieldKey(key) ? text.field(key, 'label') : undefined) ?? text.t(`field.${key}`);
}

export interface FieldInputProps {
  readonly spec: FieldSpec;
  readonly text: ProfileText;
  readonly value: string;
  /** Shown only once the field was left or a save was tried. */
  readonly errors: readonly MessageRef[];
  readonly notices: readonly MessageRef[];
  readonly onInput: (key: DraftTextKey, value: string) => void;
  readonly onBlur: (key: DraftTextKey) => void;
}

const collators = new Map<string, Intl.Collator>();
function collatorFor(lang: string): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang);
    collators.set(lang, collator);
  }
  return collator;
}

function useOptions(spec: FieldSpec, text: ProfileText) {
  return useMemo(() => {
    const codes = spec.options?.() ?? [];
    const options = codes.map((code) => ({ code, label: spec.optionLabel?.(text, code) ?? code }));
    // Long lists (countries) read best alphabetically in the UI language; short ones keep their order.
    if (options.length > 20 && spec.key !== 'province') {
      const collator = collatorFor(text.lang);
      options.sort((a, b) => collator.compare(a.label, b.label));
    }
    return options;
  }, [spec, text]);
}

/**
 * One labelled input with its hint, format, notices and errors, all tied to the input through
 * `aria-describedby`, and `aria-invalid` when it has an error.
 */
export function FieldInput({ spec, text, value, errors, notices, onInput, onBlur }: FieldInputProps) {
  const id = `field-${spec.key}`;
  const options = useOptions(spec, text);
  const format = spec.kind === 'date' ? text.t('format.date') : undefined;
  const describedBy = [
    format ? `${id}-format` : '',
    notices.length > 0 ? `${id}-notice` : '',
    errors.length > 0 ? `${id}-error` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    name: spec.key,
    'aria-invalid': errors.length > 0 ? ('true' as const) : undefined,
    'aria-describedby': describedBy || undefined,
    onBlur: () => onBlur(spec.key),
  };
  const handleInput = (event: Event) => onInput(spec.key, (event.currentTarget as HTMLInputElement).value);

  return (
    <div class="field" data-field={spec.key}>
      <label for={id}>{fieldLabel(text, spec.key)}</label>
      {spec.kind === 'select' ? (
        <select {...common} value={value} onChange={handleInput}>
          <option value="">{text.t('option.unknown')}</option>
          {options.map((option) => (
            <option key={option.code} value={option.code}>
              {option.label}
            </option>
          ))}
        </select>
      ) : spec.kind === 'textarea' ? (
        <textarea {...common} value={value} maxLength={spec.maxLength} rows={4} onInput={handleInput} />
      ) : (
        <input
          {...common}
          // One literal for preact's input typings, which are a union per input type.
          type={(spec.kind === 'email' ? 'email' : spec.kind === 'tel' ? 'tel' : 'text') as 'text'}
          value={value}
          maxLength={spec.maxLength}
          inputMode={spec.inputMode}
          autoComplete={spec.autoComplete ?? 'off'}
          placeholder={spec.kind === 'date' ? 'dd.mm.yyyy' : undefined}
          // Names and free text follow their own script; dates, numbers and e-mails read left to right.
          dir={spec.kind === 'text' ? 'auto' : 'ltr'}
          onInput={handleInput}
        />
      )}
      {format ? (
        <p id={`${id}-format`} class="field-format">
          {format}
        </p>
      ) : null}
      {notices.length > 0 ? (
        <p id={`${id}-notice`} class="field-notice">
          {notices.map((notice) => text.message(notice)).join(' ')}
        </p>
      ) : null}
      {errors.length > 0 ? (
        <p id={`${id}-error`} class="field-error" data-error-for={spec.key}>
          {errors.map((error) => text.message(error)).join(' ')}
        </p>
      ) : null}
    </div>
  );
}
