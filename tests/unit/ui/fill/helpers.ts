/**
 * Shared pieces for the fill section's tests: a controller over fake dependencies (no
 * background, no bridge), and a page whose form fields are real elements the real fill engine
 * writes into.
 */
import { vi } from 'vitest';
import type { FieldKey } from '../../../../src/contracts/field-keys';
import {
  createFillController,
  type FillController,
  type FillDependencies,
} from '../../../../src/features/fill/content/controller';
import { chooseHere } from '../../../../src/features/fill/page/option-choice';
import { fillCatalogueFor } from '../../../../src/i18n/fill-catalogues';
import type { PageRecognition, RecognizedField, WidgetKind } from '../../../../src/page/recognition-types';
import type { ActiveProfileValues } from '../../../../src/protocol/protocol';

export const OMAR: ActiveProfileValues = {
  id: 'p-omar',
  displayName: 'Omar Haddad',
  values: {
    givenName: 'OMAR',
    surname: 'HADDAD',
    birthPlace: 'ALEPPO',
    gender: 'male',
    passportNumber: 'N12345678',
  },
};

export interface TestController {
  readonly controller: FillController;
  readonly deps: FillDependencies;
  /** Plays a storage change (the popup chose another profile, an import, an edit). */
  readonly storageChanged: () => void;
}

export function testController(
  profile: ActiveProfileValues | null = OMAR,
  overrides: Partial<FillDependencies> = {},
): TestController {
  let onChange = () => {};
  const deps: FillDependencies = {
    getBridge: vi.fn(async () => null),
    loadProfile: vi.fn(async () => profile),
    // At click time the background answers with the chosen profile's values, as the test set it.
    loadValues: vi.fn(async () => profile),
    watchProfile: (callback) => {
      onChange = callback;
      return () => {
        onChange = () => {};
      };
    },
    loadMessages: vi.fn(async (lang) => fillCatalogueFor(lang)),
    // The background's chooser, run here.
    chooser: () => chooseHere,
    ...overrides,
  };
  return { controller: createFillController(deps), deps, storageChanged: () => onChange() };
}

/** The page's form: plain inputs, a native list and a captcha, inside a <form>. */
export interface TestPage {
  readonly form: HTMLFormElement;
  readonly fields: RecognizedField[];
  readonly input: (key: FieldKey) => HTMLInputElement | HTMLSelectElement;
}

export function testPage(
  keys: readonly FieldKey[] = [
    'givenName',
    'surname',
    'fatherName',
    'birthPlace',
    'gender',
    'passportNumber',
    'captcha',
  ],
): TestPage {
  const form = document.createElement('form');
  document.body.append(form);
  const fields = keys.map((key): RecognizedField => {
    let element: HTMLInputElement | HTMLSelectElement;
    let widget: WidgetKind = 'text';
    if (key === 'gender') {
      element = document.createElement('select');
      for (const [value, text] of [
        ['', 'Please select...'],
        ['1', 'Male'],
        ['2', 'Female'],
      ]) {
        const option = document.createElement('option');
        option.value = value as string;
        option.text = text as string;
        element.append(option);
      }
      widget = 'dropdown';
    } else {
      element = document.createElement('input');
      element.type = 'text';
      if (key === 'captcha') {
        element.name = 'CaptchaInputText';
        widget = 'captcha';
      }
    }
    element.id = `page-${key}`;
    form.append(element);
    return {
      key,
      element,
      anchor: element,
      widget,
      matchedBy: 'id',
      label: `Page label ${key}`,
      fillable: key !== 'captcha',
    };
  });
  return {
    form,
    fields,
    input: (key) => {
      const field = fields.find((candidate) => candidate.key === key);
      if (!field) throw new Error(`no field ${key}`);
      return field.element as HTMLInputElement | HTMLSelectElement;
    },
  };
}

export function recognitionOf(page: TestPage, overrides: Partial<PageRecognition> = {}): PageRecognition {
  return {
    kind: 'wizard-personal',
    lang: 'en',
    fields: page.fields,
    drift: null,
    fillAllowed: true,
    applicationKind: 'first',
    ...overrides,
  };
}

/** Types into a page field the way the browser reports a person's typing. */
export function typeInto(element: HTMLInputElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
}
