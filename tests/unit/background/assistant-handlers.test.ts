import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseCatalogueReply } from '../../../src/i18n/catalogue';
import '../../../src/background/assistant-handlers';
import { listenForTabs } from '../../../src/background/application-session-handler';
import { route } from '../../../src/background/router';

const tab = (id: number) => ({ tab: { id }, url: 'https://e-ikamet.goc.gov.tr/Ikamet/Basvuru/Ozet' });

beforeEach(() => {
  fakeBrowser.reset();
  // reset() also drops the listeners the handler registered when it was imported.
  listenForTabs();
});

describe('messages', () => {
  it('sends the language asked for with English as the fallback', async () => {
    const reply = await route({ type: 'messages', lang: 'ar', namespaces: ['ui', 'rules', 'nonsense'] });
    const catalogue = parseCatalogueReply(reply.value);
    expect(catalogue?.lang).toBe('ar');
    expect(Object.keys(catalogue?.primary ?? {})).toEqual(['ui', 'rules']);
    expect(catalogue?.primary.ui?.['panel.tab']).toBeTruthy();
    // English only where Arabic has nothing of its own.
    for (const key of Object.keys(catalogue?.fallback.ui ?? {}))
      expect(catalogue?.primary.ui?.[key]).toBeFalsy();
  });

  it('refuses an unknown language', async () => {
    expect((await route({ type: 'messages', lang: 'de' })).ok).toBe(false);
  });
});

describe('application session', () => {
  it('keeps one application per tab, in storage.session only', async () => {
    const patch = { kind: 'first', values: { birthDate: { value: '01.01.1950' } } };
    await route({ type: 'application-session-update', patch }, tab(7));
    const seven = await route({ type: 'application-session' }, tab(7));
    const eight = await route({ type: 'application-session' }, tab(8));
    expect(seven.value).toMatchObject({ kind: 'first', values: { birthDate: { value: '01.01.1950' } } });
    expect(eight.value).toMatchObject({ kind: null, values: {} });
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
      route(
        { type: 'application-session-update', patch: { values: { passportExpiry: { value: '01.02' } } } },
        tab(21),
      ),
      route(
        { type: 'application-session-update', patch: { values: { birthDate: { value: '04.05.1956' } } } },
        tab(21),
      ),
      route(
        {
          type: 'application-session-update',
          patch: { values: { passportExpiry: { value: '01.02.2031' } } },
        },
        tab(21),
      ),
      route({ type: 'application-session' }, tab(21)),
    ];
    const replies = await Promise.all(sent);
    expect(replies.every((reply) => reply.ok)).toBe(true);
    expect(replies[3]?.value).toMatchObject({
      kind: 'first',
      values: { birthDate: { value: '04.05.1956' }, passportExpiry: { value: '01.02.2031' } },
    });
  });

  it('forgets the application when it ends or the tab closes', async () => {
    await route({ type: 'application-session-update', patch: { kind: 'first' } }, tab(3));
    await route({ type: 'application-session-end' }, tab(3));
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});

    await route({ type: 'application-session-update', patch: { kind: 'first' } }, tab(4));
    await fakeBrowser.tabs.onRemoved.trigger(4, { windowId: 1, isWindowClosing: false });
    await expect.poll(async () => Object.keys(await fakeBrowser.storage.session.get(null))).toEqual([]);
  });

  it('forgets the application when the tab goes to another site', async () => {
    await route({ type: 'application-session-update', patch: { kind: 'first' } }, tab(6));
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

  it('refuses requests from outside a tab and malformed patches', async () => {
    expect((await route({ type: 'application-session' })).ok).toBe(false);
    const bad = await route(
      { type: 'application-session-update', patch: { values: { captcha: { value: 'x' } } } },
      tab(5),
    );
    expect(bad.ok).toBe(false);
  });
});

describe('checklist', () => {
  it('answers a wire request and refuses a malformed one', async () => {
    const ok = await route({
      type: 'checklist',
      request: { permitType: 'student', kind: 'first', today: '23.11.2026' },
    });
    expect(ok.ok).toBe(true);
    const bad = await route({
      type: 'checklist',
      request: { permitType: 'work', kind: 'first', today: '23.11.2026' },
    });
    expect(bad.ok).toBe(false);
  });
});
