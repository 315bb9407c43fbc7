import { PROVINCES, type ProvinceCode } from '../../../contracts/codes';
import { SITUATION_PREFIX } from '../../../profile/columns';
import type { ProfileDifference } from '../../../profile/import-diff';
import { type FieldSpec, SECTION_FIELDS } from './field-specs';
import { placeWords } from './import-places';
import type { ProfileText } from './text';

/** A note of 5,000 characters would fill the screen: the change is shown by its start. */
const SHOWN_VALUE_LENGTH = 80;

const SPECS: ReadonlyMap<string, FieldSpec> = new Map(
  Object.values(SECTION_FIELDS)
    .flat()
    .map((spec) => [spec.key, spec]),
);

/** A stored or incoming value as the editor would show it: option names, yes / no, "(empty)". */
export function importValueText(text: ProfileText, column: string, value: unknown): string {
  if (value === undefined) return text.t('import.diff.empty');
  if (value === true) return text.t('option.yes');
  if (value === false) return text.t('option.no');
  if (Array.isArray(value)) return value.join(' ');
  const raw = String(value);
  const spec = SPECS.get(column);
  let shown = raw;
  if (spec?.optionLabel) shown = spec.optionLabel(text, raw);
  else if (column === `${SITUATION_PREFIX}currentPermitProvince`)
    shown = `${raw} ${PROVINCES[raw as ProvinceCode] ?? ''}`.trim();
  else if (column.startsWith(SITUATION_PREFIX) && typeof value === 'string') {
    const key = `option.${column.slice(SITUATION_PREFIX.length)}.${raw}`;
    const label = text.t(key);
    if (label !== key) shown = label;
  }
  return shown.length > SHOWN_VALUE_LENGTH ? `${shown.slice(0, SHOWN_VALUE_LENGTH)}…` : shown;
}

/** "Date of birth: 12.03.1990 → 13.03.1990", one line per field the file would change. */
export function ImportDifferences({
  text,
  differences,
}: {
  readonly text: ProfileText;
  readonly differences: readonly ProfileDifference[];
}) {
  const words = placeWords(text);
  return (
    <div class="differences">
      <p class="muted small">{text.t('import.diff.title')}</p>
      <ul data-differences>
        {differences.map((difference) => (
          <li key={difference.column} data-difference={difference.column}>
            <span class="difference-field">{words.label(difference.column) ?? difference.column}</span>
            {': '}
            {text.t('import.diff.change', {
              stored: importValueText(text, difference.column, difference.stored),
              incoming: importValueText(text, difference.column, difference.incoming),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
