/**
 * The main-world bridge against a stand-in for the page's jQuery and Kendo (the real widgets
 * are exercised by tests/e2e/bridge.spec.ts on the built script).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type BridgeHandle, runKendoBridge } from '../../../src/page/bridge-main';
import {
  BRIDGE_HANDLE_ATTRIBUTE,
  BRIDGE_PROTOCOL_VERSION,
  type BridgeReport,
  parseBridgeReport,
  reportEventName,
  requestEventName,
} from '../../../src/page/bridge-protocol';

const CHANNEL = '0123456789abcdef0123456789abcdef';
const SECRET = 'f'.repeat(64);

type Handler = () => void;

class FakeWidget {
  readonly handlers = new Set<Handler>();
  constructor(
    readonly element: { val(): unknown; trigger(name: string): void },
    readonly options: Record<string, unknown>,
    private current: unknown,
    readonly log: string[],
    readonly items: Record<string, unknown>[] = [],
  ) {}
  value(next?: unknown): unknown {
    if (next === undefined) return this.current;
    this.log.push(`value(${next instanceof Date ? next.toISOString().slice(0, 10) : String(next)})`);
    this.current = next;
    return undefined;
  }
  text(): string {
    return String(this.items.find((item) => String(item.kod) === String(this.current))?.aciklama ?? '');
  }
  raw(): string {
    return String(this.current ?? '');
  }
  trigger(name: string): boolean {
    this.log.push(`widget:${name}`);
    for (const handler of this.handlers) handler();
    return false;
  }
  bind(_name: string, handler: Handler): void {
    this.handlers.add(handler);
  }
  unbind(_name: string, handler: Handler): void {
    this.handlers.delete(handler);
  }
  get dataSource() {
    const items = this.items;
    return {
      data: () => items,
      total: () => items.length,
      pageSize: () => undefined,
      filter: () => undefined,
      query: () => undefined,
      options: {},
    };
  }
  readonly listView = { bound: () => true };
}

interface Page {
  log: string[];
  reports: BridgeReport[];
  handle: BridgeHandle;
  widgets: Map<string, FakeWidget>;
  /** Makes `element` a Kendo widget of the page, as the page's own script would. */
  addWidget(element: Element, key: string, widget: FakeWidget): void;
  elementApi(element: Element): { val(): unknown; trigger(name: string): void };
}

let page: Page;

function setUpPage(): Page {
  document.body.innerHTML = `
    <input id="Kisisel_Cinsiyet" name="Kisisel.Cinsiyet" data-role="dropdownlist" style="display:none">
    <input id="Kisisel_DogumTarihi" name="Kisisel.DogumTarihi" data-role="datepicker">
    <input id="Kisisel_CepTelefon" name="Kisisel.CepTelefon" data-role="maskedtextbox">
    <input id="CaptchaInputText" name="CaptchaInputText" data-role="maskedtextbox">
    <input id="uzatmaGecisOkudumAnladim" type="checkbox">
    <input id="ad" name="Ad">`;
  const log: string[] = [];
  const data = new Map<Element, Record<string, unknown>>();
  const widgets = new Map<string, FakeWidget>();
  const elementApi = (element: Element) => ({
    val: () => (element as HTMLInputElement).value,
    trigger: (name: string) => log.push(`element:${name}`),
  });
  const addWidget = (element: Element, key: string, widget: FakeWidget) => {
    data.set(element, { [key]: widget });
  };
  const add = (id: string, key: string, widget: FakeWidget) => {
    const element = document.getElementById(id);
    if (!element) throw new Error(id);
    addWidget(element, key, widget);
    widgets.set(id, widget);
  };
  const element = (id: string) => elementApi(document.getElementById(id) as Element);
  add(
    'Kisisel_Cinsiyet',
    'kendoDropDownList',
    new FakeWidget(
      element('Kisisel_Cinsiyet'),
      { dataValueField: 'kod', dataTextField: 'aciklama' },
      '',
      log,
      [
        { kod: 1, aciklama: 'Male' },
        { kod: 2, aciklama: 'Female' },
      ],
    ),
  );
  add(
    'Kisisel_DogumTarihi',
    'kendoDatePicker',
    new FakeWidget(element('Kisisel_DogumTarihi'), {}, null, log),
  );
  add('Kisisel_CepTelefon', 'kendoMaskedTextBox', new FakeWidget(element('Kisisel_CepTelefon'), {}, '', log));
  add('CaptchaInputText', 'kendoMaskedTextBox', new FakeWidget(element('CaptchaInputText'), {}, '', log));

  const jQuery = Object.assign(
    (target: Element) => ({ ...elementApi(target), data: (key: string) => data.get(target)?.[key] }),
    { active: 0 },
  );
  const kendo = {
    parseDate(text: string) {
      const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
      return match ? new Date(Date.UTC(Number(match[3]), Number(match[2]) - 1, Number(match[1]))) : null;
    },
    toString(date: Date) {
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${pad(date.getUTCDate())}.${pad(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
    },
  };
  Object.assign(window, { jQuery, kendo });

  const reports: BridgeReport[] = [];
  window.addEventListener(reportEventName(CHANNEL), (event) => {
    const parsed = parseBridgeReport((event as CustomEvent).detail, SECRET);
    if (parsed) reports.push(parsed);
  });
  const handle = runKendoBridge(window, CHANNEL, SECRET);
  return { log, reports, handle, widgets, addWidget, elementApi };
}

/** A list widget with the two gender options, on `element`. */
function genderList(element: Element): FakeWidget {
  return new FakeWidget(
    page.elementApi(element),
    { dataValueField: 'kod', dataTextField: 'aciklama' },
    '',
    page.log,
    [
      { kod: 1, aciklama: 'Male' },
      { kod: 2, aciklama: 'Female' },
    ],
  );
}

let nextRequest = 100;

/** Reads every widget (which gives each its handle) and returns the answer. */
async function read(): Promise<Extract<BridgeReport, { type: 'result' }>> {
  const id = nextRequest++;
  send({ type: 'read', id });
  return answer(id);
}

function handleOn(element: Element | null): string {
  const handle = element?.getAttribute(BRIDGE_HANDLE_ATTRIBUTE);
  if (!handle) throw new Error('no handle');
  return handle;
}

/** The handle the bridge wrote on the element with this id (after a read). */
function handleOf(id: string): string {
  return handleOn(document.getElementById(id));
}

function send(fields: Record<string, unknown>, secret = SECRET): void {
  const detail = JSON.stringify({ v: BRIDGE_PROTOCOL_VERSION, secret, ...fields });
  window.dispatchEvent(new CustomEvent(requestEventName(CHANNEL), { detail }));
}

async function answer(id: number): Promise<Extract<BridgeReport, { type: 'result' }>> {
  for (let i = 0; i < 100; i++) {
    const found = page.reports.find((report) => report.type === 'result' && report.id === id);
    if (found?.type === 'result') return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no answer to request ${id}`);
}

beforeEach(() => {
  page = setUpPage();
});

afterEach(() => {
  page.handle.close();
  Reflect.deleteProperty(window, 'jQuery');
  Reflect.deleteProperty(window, 'kendo');
});

describe('runKendoBridge', () => {
  it('announces itself, signed, saying Kendo is there', () => {
    expect(page.reports[0]).toEqual({ v: 2, secret: SECRET, type: 'ready', kendo: true });
  });

  it('reads every supported widget but never a human gate', async () => {
    send({ type: 'read', id: 1 });
    const result = await answer(1);
    expect(result.ok).toBe(true);
    expect(result.widgets.map((widget) => widget.handle)).toEqual([
      handleOf('Kisisel_Cinsiyet'),
      handleOf('Kisisel_DogumTarihi'),
      handleOf('Kisisel_CepTelefon'),
    ]);
    expect(document.getElementById('CaptchaInputText')?.hasAttribute(BRIDGE_HANDLE_ATTRIBUTE)).toBe(false);
    expect(result.widgets[0]).toMatchObject({
      kind: 'dropdown',
      value: '',
      text: '',
      complete: true,
      options: [
        { value: '1', text: 'Male' },
        { value: '2', text: 'Female' },
      ],
    });
  });

  it('sets a DropDownList by code the way Kendo announces a user choice', async () => {
    await read();
    send({ type: 'set', id: 2, handle: handleOf('Kisisel_Cinsiyet'), kind: 'dropdown', value: '2' });
    const result = await answer(2);
    expect(result).toMatchObject({
      ok: true,
      widgets: [{ handle: handleOf('Kisisel_Cinsiyet'), value: '2', text: 'Female' }],
    });
    expect(page.log).toEqual(['value(2)', 'element:change', 'widget:change']);
  });

  it('sets a DatePicker from dd.MM.yyyy and a MaskedTextBox from digits', async () => {
    await read();
    send({ type: 'set', id: 3, handle: handleOf('Kisisel_DogumTarihi'), kind: 'date', value: '04.05.1990' });
    expect(await answer(3)).toMatchObject({ ok: true, widgets: [{ value: '04.05.1990' }] });
    send({ type: 'set', id: 4, handle: handleOf('Kisisel_CepTelefon'), kind: 'masked', value: '5551234567' });
    expect(await answer(4)).toMatchObject({ ok: true, widgets: [{ value: '5551234567' }] });
    send({ type: 'set', id: 5, handle: handleOf('Kisisel_DogumTarihi'), kind: 'date', value: '1990-05-04' });
    expect(await answer(5)).toMatchObject({ ok: false, error: 'invalid-value' });
  });

  it('never gives captcha or consent a handle, even when a page writes one on them', async () => {
    await read();
    // A page copies a real handle onto the captcha and the consent box.
    const handle = handleOf('Kisisel_CepTelefon');
    document.getElementById('CaptchaInputText')?.setAttribute(BRIDGE_HANDLE_ATTRIBUTE, handle);
    document.getElementById('uzatmaGecisOkudumAnladim')?.setAttribute(BRIDGE_HANDLE_ATTRIBUTE, handle);
    send({ type: 'set', id: 6, handle, kind: 'masked', value: '12345678' });
    expect(await answer(6)).toMatchObject({ ok: true });
    send({ type: 'set', id: 7, handle: '01234567-99', kind: 'dropdown', value: '1' });
    expect(await answer(7)).toMatchObject({ ok: false, error: 'not-found' });
    // The set reached the real widget, not the captcha.
    expect(page.widgets.get('Kisisel_CepTelefon')?.value()).toBe('12345678');
    expect(page.widgets.get('CaptchaInputText')?.value()).toBe('');
    expect(page.log).toEqual(['value(12345678)', 'element:change', 'widget:change']);
  });

  it('says why a set is impossible: unknown option, wrong kind, no such widget', async () => {
    await read();
    send({ type: 'set', id: 8, handle: handleOf('Kisisel_Cinsiyet'), kind: 'dropdown', value: '9' });
    expect(await answer(8)).toMatchObject({ ok: false, error: 'option-not-found' });
    send({ type: 'set', id: 9, handle: handleOf('Kisisel_Cinsiyet'), kind: 'date', value: '01.01.2000' });
    expect(await answer(9)).toMatchObject({ ok: false, error: 'wrong-kind' });
    // A handle written on a plain input by the page is not one the bridge gave.
    document.getElementById('ad')?.setAttribute(BRIDGE_HANDLE_ATTRIBUTE, '01234567-50');
    send({ type: 'set', id: 10, handle: '01234567-50', kind: 'dropdown', value: '1' });
    expect(await answer(10)).toMatchObject({ ok: false, error: 'not-found' });
    send({ type: 'set', id: 11, handle: '01234567-51', kind: 'dropdown', value: '1' });
    expect(await answer(11)).toMatchObject({ ok: false, error: 'not-found' });
    expect(page.log).toEqual([]);
  });

  it('ignores requests with a wrong secret or a bad shape', async () => {
    await read();
    const handle = handleOf('Kisisel_Cinsiyet');
    send({ type: 'set', id: 12, handle, kind: 'dropdown', value: '2' }, 'e'.repeat(64));
    send({ type: 'set', id: 13, handle, kind: 'dropdown', value: '2', extra: 1 });
    // Version 1 named widgets by id: no longer understood.
    send({ type: 'set', id: 18, inputId: 'Kisisel_Cinsiyet', kind: 'dropdown', value: '2' });
    window.dispatchEvent(new CustomEvent(requestEventName(CHANNEL), { detail: { type: 'read', id: 14 } }));
    // A well-formed request sent after them is answered; the refused ones never were.
    send({ type: 'read', id: 100 });
    await answer(100);
    expect(page.reports.filter((report) => report.type === 'result' && report.id < 100)).toEqual([]);
    expect(page.log).toEqual([]);
  });

  it('reports widget changes after a subscription', async () => {
    send({ type: 'subscribe', id: 15 });
    await answer(15);
    page.widgets.get('Kisisel_Cinsiyet')?.value('1');
    page.widgets.get('Kisisel_Cinsiyet')?.trigger('change');
    const change = page.reports.find((report) => report.type === 'change');
    expect(change).toMatchObject({
      type: 'change',
      widget: { handle: handleOf('Kisisel_Cinsiyet'), value: '1', text: 'Male' },
    });
  });

  it('stops answering once closed', async () => {
    send({ type: 'close', id: 16 });
    await answer(16);
    send({ type: 'read', id: 17 });
    // A read is answered within microtasks (no timer in its way): let them all run.
    for (let turn = 0; turn < 20; turn++) await Promise.resolve();
    expect(page.reports.some((report) => report.type === 'result' && report.id === 17)).toBe(false);
  });
});

describe('handles: widgets by element, not by id', () => {
  it('finds, reads and sets a widget that has no id', async () => {
    const element = document.createElement('input');
    element.setAttribute('data-role', 'dropdownlist');
    document.body.append(element);
    const widget = genderList(element);
    page.addWidget(element, 'kendoDropDownList', widget);
    const result = await read();
    const handle = handleOn(element);
    expect(result.widgets.find((state) => state.handle === handle)).toMatchObject({
      kind: 'dropdown',
      value: '',
    });
    send({ type: 'set', id: 30, handle, kind: 'dropdown', value: '2' });
    expect(await answer(30)).toMatchObject({ ok: true, widgets: [{ handle, value: '2', text: 'Female' }] });
    expect(widget.value()).toBe('2');
  });

  it('gives widgets with the same id, or meaningless ids, a handle each and sets only the one asked', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<input id="ctl00_Main_ddl1" data-role="dropdownlist"><input id="ctl00_Main_ddl1" data-role="dropdownlist">',
    );
    const [first, second] = Array.from(document.querySelectorAll('[id="ctl00_Main_ddl1"]'));
    if (!first || !second) throw new Error('page not built');
    const firstList = genderList(first);
    const secondList = genderList(second);
    page.addWidget(first, 'kendoDropDownList', firstList);
    page.addWidget(second, 'kendoDropDownList', secondList);
    await read();
    expect(handleOn(first)).not.toBe(handleOn(second));
    send({ type: 'set', id: 31, handle: handleOn(second), kind: 'dropdown', value: '1' });
    expect(await answer(31)).toMatchObject({ ok: true });
    expect(secondList.value()).toBe('1');
    expect(firstList.value()).toBe('');
  });

  it('keeps handles stable across reads, puts back a removed one and re-numbers a copied one', async () => {
    await read();
    const original = document.getElementById('Kisisel_Cinsiyet');
    const handle = handleOf('Kisisel_Cinsiyet');
    await read();
    expect(handleOf('Kisisel_Cinsiyet')).toBe(handle);
    // The page clones the row (attribute and all) and makes the clone a widget of its own.
    const clone = original?.cloneNode() as HTMLElement;
    clone.removeAttribute('id');
    document.body.append(clone);
    const cloneList = genderList(clone);
    page.addWidget(clone, 'kendoDropDownList', cloneList);
    send({ type: 'set', id: 32, handle, kind: 'dropdown', value: '2' });
    expect(await answer(32)).toMatchObject({ ok: true });
    expect(page.widgets.get('Kisisel_Cinsiyet')?.value()).toBe('2');
    expect(cloneList.value()).toBe('');
    await read();
    expect(handleOn(clone)).not.toBe(handle);
    // The page strips the attribute: the bridge still knows the element, and writes it back.
    original?.removeAttribute(BRIDGE_HANDLE_ATTRIBUTE);
    send({ type: 'set', id: 33, handle, kind: 'dropdown', value: '1' });
    expect(await answer(33)).toMatchObject({ ok: true, widgets: [{ handle, value: '1' }] });
    expect(handleOf('Kisisel_Cinsiyet')).toBe(handle);
  });

  it('gives a widget the page adds after load a handle and reports its changes', async () => {
    send({ type: 'subscribe', id: 34 });
    await answer(34);
    const element = document.createElement('input');
    const widget = genderList(element);
    page.addWidget(element, 'kendoDropDownList', widget);
    element.setAttribute('data-role', 'dropdownlist');
    document.body.append(element);
    // The bridge scans for new widgets on a timer of the page's own.
    await vi.waitFor(() => handleOn(element));
    const handle = handleOn(element);
    widget.value('2');
    widget.trigger('change');
    expect(page.reports.filter((report) => report.type === 'change')).toEqual([
      expect.objectContaining({ widget: expect.objectContaining({ handle, value: '2', text: 'Female' }) }),
    ]);
  });

  it('drives a ComboBox as a list', async () => {
    const element = document.createElement('input');
    element.setAttribute('data-role', 'combobox');
    document.body.append(element);
    const widget = genderList(element);
    page.addWidget(element, 'kendoComboBox', widget);
    await read();
    send({ type: 'set', id: 35, handle: handleOn(element), kind: 'dropdown', value: '1' });
    expect(await answer(35)).toMatchObject({
      ok: true,
      widgets: [{ kind: 'dropdown', value: '1', text: 'Male' }],
    });
  });
});
