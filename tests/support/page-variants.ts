/**
 * Generated page variants: the replica's pages rebuilt the ways a real site may differ from
 * it (ids gone or meaningless, labels not linked, tables instead of Bootstrap rows, shuffled
 * fields, values printed as text, content arriving late or swapped by `history.pushState`…).
 * Recognition, value reading, the headline warnings and fill are tested over every variant
 * (`tests/unit/page/variants.test.ts`, `tests/e2e/variants.spec.ts`).
 *
 * `applyPageVariant` is one self-contained function (no imports, no outer variables) so that
 * e2e tests can hand it to `page.evaluate` and run it in the live page after its scripts ran:
 * Kendo widgets keep working because elements are moved or re-attributed, never re-created.
 * Deterministic: the same page, variant and seed always give the same DOM.
 */

export const PAGE_VARIANTS = [
  'ids-stripped',
  'ids-webforms',
  'labels-unlinked',
  'labels-in-cells',
  'table-layout',
  'legend-labels',
  'panel-labels',
  'placeholder-labels',
  'shuffled',
  'static-text',
  'static-dl',
  'static-cell',
  'static-span',
  'wrapped',
  'label-noise',
  'extra-field',
  'extra-step',
  'duplicate-ids',
  'input-buttons',
  'injected-late',
  'pushstate-swap',
  'lists-on-change-0',
  'lists-on-change-300',
  'lists-on-change-1500',
  'lists-replaced',
  'option-affixes',
] as const;

export type PageVariant = (typeof PAGE_VARIANTS)[number];

export interface VariantResult {
  /** The path the page now shows (a `pushState` variant moves it); null when unchanged. */
  readonly path: string | null;
  /** Label text of the field the variant added, which no catalogue knows. */
  readonly addedUnknownLabel: string | null;
}

/** What each variant does, in a sentence (for test names and reports). */
export const VARIANT_DESCRIPTIONS: Readonly<Record<PageVariant, string>> = {
  'ids-stripped': 'every id and label `for` removed',
  'ids-webforms': 'ids and names replaced by WebForms ones (ctl00_Main_txtN, ctl00$Main$txtN)',
  'labels-unlinked': 'labels lose `for` and become sibling divs',
  'labels-in-cells': 'each row becomes a table row: label text in the preceding cell',
  'table-layout': 'each div.form-horizontal becomes a <table>, label `for` kept',
  'legend-labels': 'each row becomes a fieldset whose legend is the label',
  'panel-labels': 'each row becomes a panel whose header is the label',
  'placeholder-labels': 'labels removed; their text kept only as placeholder / aria-label',
  shuffled: 'field rows shuffled (seeded)',
  'static-text': 'read-only values printed as p.form-control-static',
  'static-dl': 'read-only values printed as a <dl>/<dt>/<dd>',
  'static-cell': 'read-only values printed in table cells (<th>label</th><td>value</td>)',
  'static-span': 'read-only values printed as <strong>label</strong> <span>value</span>',
  wrapped: 'extra wrapper divs around every label and control',
  'label-noise': 'labels in upper case with colons, asterisks and extra whitespace',
  'extra-field': 'an extra field no catalogue knows',
  'extra-step': 'an extra step in the wizard step bar, before the current one',
  'duplicate-ids': 'decoys carrying the controls’ ids earlier in the page',
  'input-buttons': 'buttons rendered as <input type=button value=…>',
  'injected-late': 'the form content removed and injected again after load',
  'pushstate-swap': 'content swapped in with history.pushState to a path no catalogue knows',
  'lists-on-change-0':
    'dependent lists (district, neighbourhood, purpose) filled by the parent’s change handler: AJAX, then setDataSource',
  'lists-on-change-300':
    'dependent lists filled by the parent’s change handler 300 ms later through dataSource.read()',
  'lists-on-change-1500':
    'dependent lists filled by the parent’s change handler 1,500 ms after an AJAX reply',
  'lists-replaced': `every local list's data source replaced ${200} ms after load; dependent lists on change handlers`,
  'option-affixes':
    'option texts with prefixes and suffixes ("01 - ERKEK", "KADIKÖY İLÇESİ", "… AMAÇLI KALACAKLAR")',
};

/**
 * How the list variants rewire a live page (Kendo present; in a page without Kendo, such as the
 * unit tests' snapshots, they change nothing): the delay of the dependent lists' data after
 * their parent's change, how it arrives, and whether local lists are replaced or reworded.
 * Unit tests drive the same settings with fake timers
 * (`tests/unit/page/fill-dependent-lists.test.ts`).
 */
export interface ListVariant {
  readonly delayMs: number;
  readonly how: 'setDataSource' | 'read';
  readonly replaced: boolean;
  readonly affixed: boolean;
}

export const LIST_VARIANTS: Readonly<Partial<Record<PageVariant, ListVariant>>> = {
  'lists-on-change-0': { delayMs: 0, how: 'setDataSource', replaced: false, affixed: false },
  'lists-on-change-300': { delayMs: 300, how: 'read', replaced: false, affixed: false },
  'lists-on-change-1500': { delayMs: 1_500, how: 'setDataSource', replaced: false, affixed: false },
  'lists-replaced': { delayMs: 0, how: 'setDataSource', replaced: true, affixed: false },
  'option-affixes': { delayMs: 0, how: 'setDataSource', replaced: false, affixed: true },
};

/**
 * The variants that rebuild the markup itself, which the unit suites run over the snapshots. The
 * list variants rewire the page's Kendo, which a snapshot lacks (it is left as served):
 * tests/e2e/fill-list-variants.spec.ts runs them in a browser.
 */
export const MARKUP_VARIANTS: readonly PageVariant[] = PAGE_VARIANTS.filter(
  (variant) => LIST_VARIANTS[variant] === undefined,
);

/** Delay before `lists-replaced` swaps every local list's data source. */
export const LIST_REPLACE_MS = 200;

/**
 * An option text as `option-affixes` rewords it, by the list's posted name: districts get
 * "İLÇESİ", neighbourhoods "MAHALLESİ" for "Mah.", purposes "AMAÇLI KALACAKLAR" (EN:
 * "PURPOSES"), permit types lose "İkamet İzni", every other local list gets a code prefix and
 * capitals. The same rules are written inside `applyPageVariant` (which must stay
 * self-contained); tests/e2e/fill-engine.spec.ts checks the live texts against this one.
 */
export function affixedOptionText(name: string, text: string, index: number, lang: 'tr' | 'en'): string {
  const upper = text.toLocaleUpperCase(lang === 'tr' ? 'tr-TR' : 'en-US');
  if (/Ilce$/.test(name)) return `${upper} ${lang === 'tr' ? 'İLÇESİ' : 'DISTRICT'}`;
  if (/Mahalle$/.test(name))
    return `${upper.replace(/\s*MAH\.$/, '')} ${lang === 'tr' ? 'MAHALLESİ' : 'NEIGHBOURHOOD'}`;
  if (/KalisAmaci$/.test(name)) return `${upper} ${lang === 'tr' ? 'AMAÇLI KALACAKLAR' : 'PURPOSES'}`;
  if (/Turu$/.test(name) && /IkametIzni/.test(name))
    return upper.replace(/\s*(İKAMET İZNİ|RESIDENCE PERMIT)$/, '');
  return `${String(index + 1).padStart(2, '0')} - ${upper}`;
}

/** Text of the field `extra-field` adds. */
export const UNKNOWN_EXTRA_LABEL = 'Referans Kodu / Reference Code';
/** Delay before `injected-late` puts the content back. */
export const LATE_INJECTION_MS = 150;

export function applyPageVariant(doc: Document, variant: string, seed: number): VariantResult {
  const CONTROLS = 'input:not([type=hidden]), select, textarea, input[type=hidden][data-role]';
  const ROWS = '.form-group';
  const body = doc.body;
  const content = doc.querySelector<HTMLElement>('.content--box--detail') ?? body;
  const all = <T extends Element = HTMLElement>(selector: string, root: ParentNode = content): T[] =>
    Array.from(root.querySelectorAll<T>(selector));
  // A small seeded generator (mulberry32): the same seed always gives the same page.
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const element = (tag: string, className = '', text = ''): HTMLElement => {
    const created = doc.createElement(tag);
    if (className) created.className = className;
    if (text) created.textContent = text;
    return created;
  };
  /** The label element of a Bootstrap row and the column holding its control. */
  const rowParts = (row: Element): { label: HTMLElement | null; controls: HTMLElement | null } => ({
    label: row.querySelector<HTMLElement>(':scope > label, :scope > .control-label'),
    controls: row.querySelector<HTMLElement>(':scope > .controls, :scope > div:not(.control-label)'),
  });
  /** A label's own text, without the required-field star. */
  const labelText = (label: Element): string => {
    const copy = label.cloneNode(true) as Element;
    for (const star of Array.from(copy.querySelectorAll('.text-danger'))) star.remove();
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  /** Rows whose label labels a control (a checkbox row keeps its wrapping label). */
  const labelledRows = (): Element[] =>
    all(ROWS).filter((row) => {
      const { label, controls } = rowParts(row);
      return label !== null && controls !== null && label.querySelector(CONTROLS) === null;
    });
  /** A read-only input's value printed as text, in the given markup. */
  const printReadOnly = (markup: 'p' | 'dl' | 'cell' | 'span'): void => {
    for (const input of all<HTMLInputElement>('input[readonly]:not([data-role])')) {
      const row = input.closest(ROWS);
      const label = row ? rowParts(row).label : null;
      if (!row || !label) continue;
      const text = labelText(label);
      const value = input.value;
      if (markup === 'p') {
        input.replaceWith(element('p', 'form-control-static', value));
        label.removeAttribute('for');
      } else if (markup === 'dl') {
        const list = element('dl', 'dl-horizontal');
        list.append(element('dt', '', text), element('dd', '', value));
        row.replaceWith(list);
      } else if (markup === 'cell') {
        const table = element('table', 'table');
        const tr = element('tr');
        tr.append(element('th', '', text), element('td', '', value));
        table.append(element('tbody'));
        table.querySelector('tbody')?.append(tr);
        row.replaceWith(table);
      } else {
        const line = element('div', 'mevcut-bilgi');
        line.append(element('strong', '', `${text}:`), doc.createTextNode(' '), element('span', '', value));
        row.replaceWith(line);
      }
    }
  };
  /** Each labelled row rebuilt by `build(label text, label element, controls column)`. */
  const rebuildRows = (build: (text: string, label: HTMLElement, controls: HTMLElement) => Element): void => {
    for (const row of labelledRows()) {
      const { label, controls } = rowParts(row);
      if (label && controls) row.replaceWith(build(labelText(label), label, controls));
    }
  };
  const result = { path: null as string | null, addedUnknownLabel: null as string | null };

  switch (variant) {
    case 'ids-stripped':
      for (const node of all('[id]', body)) node.removeAttribute('id');
      for (const node of all('[for]', body)) node.removeAttribute('for');
      for (const node of all('[aria-labelledby]', body)) node.removeAttribute('aria-labelledby');
      break;
    case 'ids-webforms': {
      let counter = 0;
      for (const control of all(CONTROLS)) {
        counter += 1;
        const old = control.id;
        const id = `ctl00_Main_txt${counter}`;
        for (const label of all<HTMLLabelElement>('label[for]', body))
          if (old && label.htmlFor === old) label.htmlFor = id;
        control.id = id;
        if (control.hasAttribute('name')) control.setAttribute('name', `ctl00$Main$txt${counter}`);
      }
      break;
    }
    case 'labels-unlinked':
      rebuildRows((text, label, controls) => {
        const row = element('div', 'form-group');
        row.append(element('div', 'col-lg-4 alan-adi', text), controls);
        label.remove();
        return row;
      });
      break;
    case 'labels-in-cells':
    case 'table-layout':
      for (const form of all('.form-horizontal')) {
        const table = element('table', 'table form-table');
        const tbody = element('tbody');
        table.append(tbody);
        for (const row of Array.from(form.querySelectorAll(ROWS))) {
          const { label, controls } = rowParts(row);
          const tr = element('tr');
          const labelCell = element('td', 'alan-adi');
          if (label && variant === 'table-layout') labelCell.append(label);
          else if (label) labelCell.textContent = labelText(label);
          const controlCell = element('td');
          if (controls) controlCell.append(...Array.from(controls.childNodes));
          // A checkbox row has its control inside its label: the label stays whole.
          if (label?.querySelector(CONTROLS)) {
            labelCell.textContent = '';
            controlCell.append(label);
          }
          tr.append(labelCell, controlCell);
          tbody.append(tr);
        }
        form.replaceWith(table);
      }
      break;
    case 'legend-labels':
      rebuildRows((text, _label, controls) => {
        const fieldset = element('fieldset', 'alan');
        fieldset.append(element('legend', 'alan-adi', text), controls);
        return fieldset;
      });
      break;
    case 'panel-labels':
      rebuildRows((text, _label, controls) => {
        const panel = element('div', 'panel panel-default');
        const panelBody = element('div', 'panel-body');
        panelBody.append(controls);
        panel.append(element('div', 'panel-heading', text), panelBody);
        return panel;
      });
      break;
    case 'placeholder-labels':
      for (const row of labelledRows()) {
        const { label, controls } = rowParts(row);
        if (!label || !controls) continue;
        const text = labelText(label);
        for (const control of all(CONTROLS, controls)) {
          const wrapper = control.closest('.k-picker, .k-widget, .k-datepicker, .k-maskedtextbox');
          const target = control.getAttribute('data-role') === 'dropdownlist' && wrapper ? wrapper : control;
          target.setAttribute(target === control ? 'placeholder' : 'aria-label', text);
          wrapper?.removeAttribute('aria-labelledby');
        }
        label.remove();
      }
      break;
    case 'shuffled':
      for (const form of all('.form-horizontal')) {
        const rows = Array.from(form.querySelectorAll(':scope > .form-group'));
        for (let i = rows.length - 1; i > 0; i--) {
          const j = Math.floor(random() * (i + 1));
          [rows[i], rows[j]] = [rows[j] as Element, rows[i] as Element];
        }
        form.append(...rows);
      }
      break;
    case 'static-text':
      printReadOnly('p');
      break;
    case 'static-dl':
      printReadOnly('dl');
      break;
    case 'static-cell':
      printReadOnly('cell');
      break;
    case 'static-span':
      printReadOnly('span');
      break;
    case 'wrapped':
      for (const row of all(ROWS)) {
        for (const child of Array.from(row.children)) {
          const outer = element('div', 'sarmal');
          const inner = element('div', 'sarmal-ic');
          child.replaceWith(outer);
          inner.append(child);
          outer.append(inner);
        }
      }
      break;
    case 'label-noise':
      for (const label of all('label')) {
        if (label.querySelector(CONTROLS)) continue;
        const text = labelText(label);
        for (const node of Array.from(label.childNodes)) node.remove();
        label.append(
          doc.createTextNode(`\n   ${text.toLocaleUpperCase('tr')} :  `),
          element('span', 'zorunlu', '*'),
        );
      }
      break;
    case 'extra-field': {
      const form = all('.form-horizontal')[0] ?? content;
      const row = element('div', 'form-group');
      const label = element('label', 'col-lg-4 control-label', UNKNOWN_EXTRA_LABEL);
      label.setAttribute('for', 'ekAlanReferans');
      const controls = element('div', 'col-lg-8 controls');
      const input = element('input', 'form-control') as HTMLInputElement;
      input.type = 'text';
      input.id = 'ekAlanReferans';
      controls.append(input);
      row.append(label, controls);
      form.append(row);
      result.addedUnknownLabel = UNKNOWN_EXTRA_LABEL;
      break;
    }
    case 'extra-step': {
      const active = doc.querySelector('.regist--steps .active');
      if (active) {
        const step = element('li', 'completed');
        const link = element('a');
        link.append(element('span', 'step-no', '0'), doc.createTextNode(' Ön Bilgi / Preliminary'));
        step.append(link);
        active.before(step);
      }
      break;
    }
    case 'duplicate-ids': {
      const decoys = element('div', 'gizli-alanlar');
      decoys.setAttribute('hidden', '');
      for (const control of all(CONTROLS)) {
        if (!control.id) continue;
        const decoy = element('span');
        decoy.id = control.id;
        decoys.append(decoy);
      }
      content.prepend(decoys);
      break;
    }
    case 'input-buttons':
      for (const button of all<HTMLButtonElement>('button.btn', body)) {
        const input = element('input', button.className) as HTMLInputElement;
        input.type = 'button';
        input.value = (button.textContent ?? '').trim();
        if (button.id) input.id = button.id;
        button.replaceWith(input);
      }
      break;
    case 'injected-late': {
      const children = Array.from(content.childNodes);
      for (const child of children) child.remove();
      // LATE_INJECTION_MS (the function must not use outer variables).
      setTimeout(() => content.append(...children), 150);
      break;
    }
    case 'pushstate-swap': {
      // An SPA-style page: the old content goes, the same content comes back under a new path.
      const children = Array.from(content.childNodes);
      for (const child of children) child.remove();
      const holder = element('div', 'spa-gorunum');
      holder.append(...children);
      content.append(holder);
      result.path = `/app/view/${Math.floor(random() * 1000)}`;
      const view = doc.defaultView;
      if (view && view.document === doc) view.history.pushState({}, '', result.path);
      break;
    }
    case 'lists-on-change-0':
    case 'lists-on-change-300':
    case 'lists-on-change-1500':
    case 'lists-replaced':
    case 'option-affixes': {
      // The page's Kendo, when it has one: a snapshot without scripts has nothing to rewire.
      interface Source {
        options: { transport?: { read?: { url?: string } } };
        data(items?: unknown[]): { toJSON(): Record<string, unknown>[] };
        read(data?: Record<string, unknown>): { then(done: () => void): unknown };
      }
      interface List {
        options: Record<string, unknown>;
        wrapper: { 0: HTMLElement };
        dataSource: Source;
        _cascadeHandlerProxy?: unknown;
        value(value?: string): unknown;
        enable(on: boolean): void;
        setDataSource(source: Source): void;
        bind(event: string, handler: () => void): void;
        unbind(event: string, handler: unknown): void;
        trigger(event: string): void;
        destroy(): void;
      }
      type JQ = ((target: Element) => {
        data(key: string): List | undefined;
        kendoDropDownList(options: unknown): { data(key: string): List };
      }) & {
        getJSON(
          url: string,
          data: Record<string, string>,
        ): { then(done: (reply: { Data: Record<string, unknown>[] }) => void): unknown };
      };
      const view = doc.defaultView as
        | (Window & { jQuery?: JQ; kendo?: { data: { DataSource: new (options: unknown) => Source } } })
        | null;
      const $ = view?.jQuery;
      const kendo = view?.kendo;
      if (!$ || !kendo) break;
      const lang = (doc.documentElement.lang || 'tr').toLowerCase().startsWith('en') ? 'en' : 'tr';
      const delay = variant === 'lists-on-change-300' ? 300 : variant === 'lists-on-change-1500' ? 1500 : 0;
      const affixed = variant === 'option-affixes';
      // Keep in step with affixedOptionText (this function must not use outer variables).
      const affix = (name: string, text: string, index: number): string => {
        const upper = text.toLocaleUpperCase(lang === 'tr' ? 'tr-TR' : 'en-US');
        if (/Ilce$/.test(name)) return `${upper} ${lang === 'tr' ? 'İLÇESİ' : 'DISTRICT'}`;
        if (/Mahalle$/.test(name))
          return `${upper.replace(/\s*MAH\.$/, '')} ${lang === 'tr' ? 'MAHALLESİ' : 'NEIGHBOURHOOD'}`;
        if (/KalisAmaci$/.test(name)) return `${upper} ${lang === 'tr' ? 'AMAÇLI KALACAKLAR' : 'PURPOSES'}`;
        if (/Turu$/.test(name) && /IkametIzni/.test(name))
          return upper.replace(/\s*(İKAMET İZNİ|RESIDENCE PERMIT)$/, '');
        return `${String(index + 1).padStart(2, '0')} - ${upper}`;
      };
      const reworded = (list: List, name: string, items: Record<string, unknown>[]) => {
        const textField = String(list.options.dataTextField ?? 'aciklama');
        return affixed
          ? items.map((item, index) => ({
              ...item,
              [textField]: affix(name, String(item[textField] ?? ''), index),
            }))
          : items;
      };
      const lists = all<HTMLInputElement>('input[data-role=dropdownlist]');
      // Local lists (fixed items): reworded now, or their data source replaced after load.
      for (const input of lists) {
        const list = $(input).data('kendoDropDownList');
        if (!list || list.options.cascadeFrom || list.dataSource.options.transport?.read) continue;
        const items = list.dataSource.data().toJSON();
        const name = input.getAttribute('name') ?? '';
        if (affixed) list.setDataSource(new kendo.data.DataSource({ data: reworded(list, name, items) }));
        if (variant === 'lists-replaced') {
          // LIST_REPLACE_MS
          setTimeout(() => list.setDataSource(new kendo.data.DataSource({ data: items })), 200);
        }
      }
      // Dependent lists: Kendo's cascade replaced by the parent's own change handler.
      for (const input of lists) {
        const old = $(input).data('kendoDropDownList');
        const parentId = old?.options.cascadeFrom;
        if (!old || typeof parentId !== 'string' || !parentId) continue;
        const parentInput = doc.getElementById(parentId);
        const parent = parentInput ? $(parentInput).data('kendoDropDownList') : undefined;
        const url = old.dataSource.options.transport?.read?.url;
        if (!parent || !url) continue;
        const field = String(old.options.cascadeFromField ?? '');
        const name = input.getAttribute('name') ?? '';
        parent.unbind('cascade', old._cascadeHandlerProxy);
        parent.unbind('change', old._cascadeHandlerProxy);
        const settings = {
          dataTextField: old.options.dataTextField,
          dataValueField: old.options.dataValueField,
          optionLabel: old.options.optionLabel,
          autoBind: false,
          enable: false,
        };
        const wrapper = old.wrapper[0];
        old.destroy();
        const fresh = doc.createElement('input');
        fresh.type = 'text';
        for (const attribute of ['id', 'name', 'data-e2e-id']) {
          const value = input.getAttribute(attribute);
          if (value !== null) fresh.setAttribute(attribute, value);
        }
        wrapper.replaceWith(fresh);
        const byRead = variant === 'lists-on-change-300';
        const emptySource = () =>
          byRead
            ? new kendo.data.DataSource({
                transport: { read: { url, dataType: 'json' } },
                schema: { data: 'Data', total: 'Total' },
              })
            : new kendo.data.DataSource({ data: [] });
        const list = $(fresh)
          .kendoDropDownList({ ...settings, dataSource: emptySource() })
          .data('kendoDropDownList');
        const reload = () => {
          const value = String(parent.value() ?? '');
          list.value('');
          list.enable(false);
          list.setDataSource(emptySource());
          // Its own dependent lists empty too.
          list.trigger('change');
          if (!value) return;
          const still = () => String(parent.value() ?? '') === value;
          setTimeout(() => {
            if (!still()) return;
            if (byRead) {
              list.dataSource.read({ [field]: value }).then(() => {
                if (still()) list.enable(true);
              });
              return;
            }
            $.getJSON(url, { [field]: value }).then((reply) => {
              if (!still()) return;
              list.setDataSource(new kendo.data.DataSource({ data: reworded(list, name, reply.Data) }));
              list.enable(true);
            });
          }, delay);
        };
        parent.bind('change', reload);
        if (String(parent.value() ?? '') !== '') reload();
      }
      break;
    }
    default:
      throw new Error(`unknown page variant: ${variant}`);
  }
  return result;
}
