import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { assistantBackground } from '../../../src/background/assistant';
import { handleRequestsOf, type RequestSender, route } from '../../../src/background/router';
import { checklistBackground } from '../../../src/features/checklist/background';
import { liveChecksBackground } from '../../../src/features/live-checks/background';
import { listenForTabs } from '../../../src/features/live-checks/background/application-session-handler';
import { teachBackground } from '../../../src/features/teach/background';
import type { CatalogueReply } from '../../../src/i18n/catalogue';
import { MAX_VALUE_CHARS } from '../../../src/permit-application/session';

handleRequestsOf(assistantBackground);
handleRequestsOf(liveChecksBackground);
handleRequestsOf(checklistBackground);
handleRequestsOf(teachBackground);

/** A request as the content script sends it: `{ type, request }`. */
const ask = (type: string, request: unknown = {}, sender?: RequestSender) => route({ type, request }, sender);
const refusal = (code: string) => ({ ok: false, error: expect.objectContaining({ code }) });

const tab = (id: number) => ({ tab: { id }, url: 'https://e-ikamet.goc.gov.tr/Ikamet/Basvuru/Ozet' });

beforeEach(() => {
  fakeBrowser.reset();
  // reset() also drops the listeners the handler registered when it was imported.
  listenForTabs();
});

describe('messages', () => {
  it('sends the language asked for with English as the fallback', async () => {
    const reply = await ask('messages', { lang: 'ar', namespaces: ['ui', 'rules'] });
    const catalogue = reply.ok ? (reply.value as CatalogueReply) : null;
    expect(catalogue?.lang).toBe('ar');
    expect(Object.keys(catalogue?.primary ?? {})).toEqual(['ui', 'rules']);
    expect(catalogue?.primary.ui?.['panel.tab']).toBeTruthy();
    // English only where Arabic has nothing of its own.
    for (const key of Object.keys(catalogue?.fallback.ui ?? {}))
      expect(catalogue?.primary.ui?.[key]).toBeFalsy();
  });

  it('refuses an unknown language or part as a malformed request', async () => {
    expect(await ask('messages', { lang: 'de' })).toEqual(refusal('malformed-request'));
    expect(await ask('messages', { lang: 'ar', namespaces: ['ui', 'nonsense'] })).toEqual(
      refusal('malformed-request'),
    );
  });
});

describe('application session', () => {
  it('keeps one application per tab, in storage.session only', async () => {
    const patch = { kind: 'first', values: { birthDate: { value: '01.01.1950' } } };
    await ask('application-session-update', { patch }, tab(7));
    const seven = await ask('application-session', {}, tab(7));
    const eight = await ask('application-session', {}, tab(8));
    expect(seven).toMatchObject({ value: { kind: 'first', values: { birthDate: { value: '01.01.1950' } } } });
    expect(eight).toMatchObject({ value: { kind: null, values: {} } });
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['application:7']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('applies a tab’s requests in the order they arrive, also while the worker reads its copy back', async () => {
    // The worker was stopped between two steps: the session is only in storage.session.
    await fakeBrowser.storage.session.set({
      'application:21': { kind: 'first', values: {}, choices: {}, ticks: [] },
    });
    // The last keystrokes of a step and the next step's first read, sent without waiting.
    const sent = [
      ask(
        'application-session-update',
        { patch: { values: { passportExpiry: { value: '01.02' } } } },
        tab(21),
      ),
      ask(
        'application-session-update',
        { patch: { values: { birthDate: { value: '04.05.1956' } } } },
        tab(21),
      ),
      ask(
        'application-session-update',
        { patch: { values: { passportExpiry: { value: '01.02.2031' } } } },
        tab(21),
      ),
      ask('application-session', {}, tab(21)),
    ];
    const replies = await Promise.all(sent);
    expect(replies.every((reply) => reply.ok)).toBe(true);
    expect(replies[3]).toMatchObject({
      value: {
        kind: 'first',
        values: { birthDate: { value: '04.05.1956' }, passportExpiry: { value: '01.02.2031' } },
      },
    });
  });

  it('forgets the application when it ends or the tab closes', async () => {
    await ask('application-session-update', { patch: { kind: 'first' } }, tab(3));
    await ask('application-session-end', {}, tab(3));
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});

    await ask('application-session-update', { patch: { kind: 'first' } }, tab(4));
    await fakeBrowser.tabs.onRemoved.trigger(4, { windowId: 1, isWindowClosing: false });
    await expect.poll(async () => Object.keys(await fakeBrowser.storage.session.get(null))).toEqual([]);
  });

  it('forgets the application when the tab goes to another site', async () => {
    await ask('application-session-update', { patch: { kind: 'first' } }, tab(6));
    const onSite = { id: 6, url: 'https://e-ikamet.goc.gov.tr/' } as Parameters<
      typeof fakeBrowser.tabs.onUpdated.trigger
    >[2];
    await fakeBrowser.tabs.onUpdated.trigger(6, { status: 'loading' }, onSite);
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['application:6']);
    // Between two e-İkamet pages Firefox reports the load with no address: not a departure.
    const moving = { id: 6 } as Parameters<typeof fakeBrowser.tabs.onUpdated.trigger>[2];
    await fakeBrowser.tabs.onUpdated.trigger(6, { status: 'loading' }, moving);
    await fakeBrowser.tabs.onUpdated.trigger(6, { isArticle: false } as never, moving);
    await fakeBrowser.tabs.onUpdated.trigger(6, { status: 'complete' }, onSite);
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['application:6']);
    // Elsewhere the browser does not tell us the address at all, even once the page has loaded.
    const elsewhere = { id: 6 } as Parameters<typeof fakeBrowser.tabs.onUpdated.trigger>[2];
    await fakeBrowser.tabs.onUpdated.trigger(6, { status: 'loading' }, elsewhere);
    await fakeBrowser.tabs.onUpdated.trigger(6, { status: 'complete' }, elsewhere);
    await expect.poll(async () => Object.keys(await fakeBrowser.storage.session.get(null))).toEqual([]);
  });

  it('refuses requests from outside a tab', async () => {
    expect(await ask('application-session')).toEqual(refusal('no-tab'));
  });

  it('refuses a malformed patch and keeps nothing of it: unknown fields, wrong types, oversized values', async () => {
    for (const patch of [
      { values: { captcha: { value: 'x' } } },
      { values: { surname: { value: 'x'.repeat(MAX_VALUE_CHARS + 1) } } },
      { choices: { permitType: 'work' } },
      { kind: 'renewal' },
      { ticks: [1] },
      { reset: 'yes' },
      'values',
    ]) {
      expect(await ask('application-session-update', { patch }, tab(5))).toEqual(
        refusal('malformed-request'),
      );
    }
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('keeps null values in a patch: they mean "forget this field"', async () => {
    await ask(
      'application-session-update',
      { patch: { values: { birthDate: { value: '01.01.1950' } } } },
      tab(9),
    );
    const forgot = await ask(
      'application-session-update',
      { patch: { values: { birthDate: null } } },
      tab(9),
    );
    expect(forgot).toMatchObject({ ok: true, value: { values: {} } });
  });

  it('starts afresh from a stored session that does not fit, and answers only what it declares', async () => {
    await fakeBrowser.storage.session.set({
      'application:11': { kind: 'first', values: { captcha: { value: 'R7KM4XPA' } }, choices: {}, ticks: [] },
      'application:12': { kind: 'extension', values: {}, choices: {}, ticks: ['passport'], extra: 'x' },
    });
    expect(await ask('application-session', {}, tab(11))).toEqual({
      ok: true,
      value: { kind: null, values: {}, choices: {}, ticks: [] },
    });
    expect(await ask('application-session', {}, tab(12))).toEqual({
      ok: true,
      value: { kind: 'extension', values: {}, choices: {}, ticks: ['passport'] },
    });
  });
});

describe('checklist', () => {
  it('answers a wire request and refuses a malformed one', async () => {
    const ok = await ask('checklist', { permitType: 'student', kind: 'first', today: '23.11.2026' });
    expect(ok.ok).toBe(true);
    // Trimmed to the view the panel shows: the engine's sources stay in the background.
    expect(JSON.stringify(ok)).not.toContain('lastVerified');
    const bad = await ask('checklist', { permitType: 'work', kind: 'first', today: '23.11.2026' });
    expect(bad).toEqual(refusal('malformed-request'));
  });
});

describe('the router', () => {
  it('answers a type the protocol does not know with `unknown-type`', async () => {
    for (const message of [
      { type: 'export-profiles', request: {} },
      { type: 'constructor' },
      { request: {} },
      null,
      'x',
    ])
      expect(await route(message, tab(1))).toEqual(refusal('unknown-type'));
  });
});
