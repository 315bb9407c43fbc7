/**
 * The content script's end of the bridge: injection with a fresh secret, the ready handshake,
 * refusing spoofed reports, timeouts. `injectScript` is replaced by a stand-in that runs the
 * main-world code in place, as the browser would run the injected file.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runKendoBridge } from '../../../src/page/bridge-main';
import {
  BRIDGE_DATA_ATTRIBUTE,
  BRIDGE_PROTOCOL_VERSION,
  parseBridgeToken,
  reportEventName,
} from '../../../src/page/bridge-protocol';

const injected: { attribute: string | null; path: string; keepInDom: boolean | undefined }[] = [];
let runInPage = true;

vi.mock('wxt/utils/inject-script', () => ({
  injectScript: async (
    path: string,
    options: { keepInDom?: boolean; modifyScript?: (script: HTMLScriptElement) => void },
  ) => {
    const script = document.createElement('script');
    await options.modifyScript?.(script);
    const attribute = script.getAttribute(BRIDGE_DATA_ATTRIBUTE);
    injected.push({ attribute, path, keepInDom: options.keepInDom });
    const token = parseBridgeToken(attribute);
    if (runInPage && token) runKendoBridge(window, token.channel, token.secret);
    return { script };
  },
}));

const { startBridge } = await import('../../../src/page/bridge-client');

let ctx: ContentScriptContext;

beforeEach(() => {
  injected.length = 0;
  runInPage = true;
  ctx = new ContentScriptContext('bridge-test');
});

afterEach(() => {
  ctx.abort();
});

function tokenOf(index = 0) {
  const token = parseBridgeToken(injected[index]?.attribute);
  if (!token) throw new Error('no token injected');
  return token;
}

describe('startBridge', () => {
  it('injects kendo-bridge.js with a fresh random channel and secret, then hears it is ready', async () => {
    const bridge = await startBridge(ctx);
    expect(injected).toHaveLength(1);
    expect(injected[0]).toMatchObject({ path: '/kendo-bridge.js', keepInDom: false });
    const first = tokenOf();
    expect(first.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(bridge.kendo).toBe(false); // no jQuery / Kendo on this page
    await startBridge(ctx);
    expect(tokenOf(1).secret).not.toBe(first.secret);
    expect(tokenOf(1).channel).not.toBe(first.channel);
  });

  it('talks to the bridge: without Kendo every widget call says so', async () => {
    const bridge = await startBridge(ctx);
    const handle = `${tokenOf().channel.slice(0, 8)}-1`;
    expect(await bridge.readWidgetValues()).toEqual([]);
    expect(await bridge.setWidgetValue(handle, '760', 'dropdown')).toEqual({
      ok: false,
      verified: false,
      error: 'no-kendo',
      widget: undefined,
    });
    document.body.innerHTML = `<input id="uyruk" data-role="dropdownlist" data-eik-handle="${handle}">`;
    expect(await bridge.setWidgetValue(handle, '760', 'dropdown')).toMatchObject({
      ok: false,
      error: 'no-kendo',
    });
    // A malformed handle never leaves the content script as a request the bridge would take.
    expect(await bridge.setWidgetValue('CaptchaInputText', '1', 'masked')).toMatchObject({ ok: false });
  });

  it('takes a handle from an element only when its own bridge wrote it', async () => {
    const bridge = await startBridge(ctx);
    const prefix = tokenOf().channel.slice(0, 8);
    document.body.innerHTML =
      `<input id="a" data-eik-handle="${prefix}-3"><input id="b" data-eik-handle="0000beef-3">` +
      '<input id="c" data-eik-handle="uyruk"><input id="d">';
    const handleOf = (id: string) => bridge.handleOf(document.getElementById(id) as Element);
    expect([handleOf('a'), handleOf('b'), handleOf('c'), handleOf('d')]).toEqual([
      `${prefix}-3`,
      null,
      null,
      null,
    ]);
  });

  it('believes only reports signed with its secret', async () => {
    const bridge = await startBridge(ctx);
    const { channel, secret } = tokenOf();
    const seen: string[] = [];
    bridge.onValueChange((widget) => seen.push(`${widget.handle}=${widget.value}`));
    const report = (fields: Record<string, unknown>) =>
      window.dispatchEvent(
        new CustomEvent(reportEventName(channel), {
          detail: JSON.stringify({ v: BRIDGE_PROTOCOL_VERSION, type: 'change', ...fields }),
        }),
      );
    const widget = {
      handle: `${channel.slice(0, 8)}-1`,
      kind: 'dropdown',
      value: '760',
      text: 'Syria',
      enabled: true,
    };
    report({ secret: 'a'.repeat(64), widget });
    report({ widget });
    report({ secret, widget: { ...widget, kind: 'script' } });
    expect(seen).toEqual([]);
    report({ secret, widget });
    expect(seen).toEqual([`${channel.slice(0, 8)}-1=760`]);
  });

  it('rejects when the injected script never answers', async () => {
    runInPage = false;
    await expect(startBridge(ctx, { readyTimeoutMs: 50 })).rejects.toThrow(/did not answer/);
  });

  it('gives up on a request the bridge does not answer', async () => {
    const bridge = await startBridge(ctx, { requestTimeoutMs: 50 });
    // Close the page side only: requests now go unanswered.
    window.dispatchEvent(
      new CustomEvent(`eik-bridge-request-${tokenOf().channel}`, {
        detail: JSON.stringify({
          v: BRIDGE_PROTOCOL_VERSION,
          secret: tokenOf().secret,
          id: 999,
          type: 'close',
        }),
      }),
    );
    // The bridge closes once its answer to the request is out: microtasks, no timer.
    for (let turn = 0; turn < 20; turn++) await Promise.resolve();
    expect(await bridge.setWidgetValue(`${tokenOf().channel.slice(0, 8)}-1`, '1', 'dropdown')).toMatchObject({
      ok: false,
      error: 'timeout',
    });
  });

  it('closes with the content script context', async () => {
    const bridge = await startBridge(ctx);
    ctx.abort();
    expect(await bridge.readWidgetValues()).toEqual([]);
    expect(await bridge.setWidgetValue(`${tokenOf().channel.slice(0, 8)}-1`, '1', 'dropdown')).toMatchObject({
      ok: false,
      error: 'failed',
    });
  });
});
