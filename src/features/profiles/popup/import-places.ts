import { isFieldKey } from '../../../contracts/field-keys';
import {
  columnLabelSources,
  describePlace,
  describeRecordPath,
  type PlaceWords,
  parsePlace,
} from '../../../profile/place';
import type { ProfileText } from './text';

/** The words `describePlace` needs, in the page's language (English where a text is missing). */
export function placeWords(text: ProfileText): PlaceWords {
  return {
    t: text.t,
    label: (column) => {
      for (const [namespace, key] of columnLabelSources(column)) {
        const found =
          namespace === 'fields'
            ? isFieldKey(column)
              ? text.field(column, 'label')
              : undefined
            : text.t(key);
        // The translator answers a missing key with the key itself.
        if (found && found !== key) return found;
      }
      return undefined;
    },
  };
}

/** "Satır 3, Doğum tarihi" for the importer's `row 3, birthDate`. */
export function placeText(text: ProfileText, path: string): string {
  return describePlace(parsePlace(path), placeWords(text));
}

/** "Doğum tarihi" for a stored record's `birthDate`. */
export function recordPathText(text: ProfileText, path: string): string {
  return describeRecordPath(path, placeWords(text));
}
