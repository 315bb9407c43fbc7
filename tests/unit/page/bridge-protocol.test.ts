import { describe, expect, it } from 'vitest';
import {
  BRIDGE_PROTOCOL_VERSION,
  formatBridgeToken,
  isProtectedControl,
  MAX_OPTIONS,
  parseBridgeReport,
  parseBridgeRequest,
  parseBridgeToken,
  randomHex,
} from '../../../src/page/bridge-protocol';

const SECRET = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);
const CHANNEL = 'c'.repeat(32);

const json = (value: unknown) => JSON.stringify(value);
const request = (fields: Record<string, unknown>) =>
  json({ v: BRIDGE_PROTOCOL_VERSION, secret: SECRET, id: 1, ...fields });
const report = (fields: Record<string, unknown>) =>
  json({ v: BRIDGE_PROTOCOL_VERSION, secret: SECRET, ...fields });

const DROPDOWN = {
  handle: 'cccccccc-4',
  kind: 'dropdown',
  value: '760',
  text: 'Syria',
  enabled: true,
  options: [{ value: '760', text: 'Syria' }],
  complete: false,
};

describe('parseBridgeRequest', () => {
  it('accepts each request type, well formed and signed', () => {
    for (const fields of [
      { type: 'read' },
      { type: 'subscribe' },
      { type: 'close' },
      { type: 'set', handle: 'cccccccc-1', kind: 'dropdown', value: '1' },
      { type: 'set', handle: 'cccccccc-2', kind: 'date', value: '01.02.1990' },
      { type: 'set', handle: 'cccccccc-3', kind: 'masked', value: '5551234567' },
      { type: 'set', handle: 'cccccccc-4', kind: 'dropdown', value: '' },
      { type: 'search', handle: 'cccccccc-4', by: 'text', query: 'Syr' },
      { type: 'search', handle: 'cccccccc-4', by: 'text', query: '' },
      { type: 'search', handle: 'cccccccc-4', by: 'value', query: '760' },
    ]) {
      expect(parseBridgeRequest(request(fields), SECRET), JSON.stringify(fields)).toMatchObject(fields);
    }
  });

  it('refuses unsigned, wrongly signed and wrong-version messages', () => {
    expect(
      parseBridgeRequest(json({ v: BRIDGE_PROTOCOL_VERSION - 1, id: 1, type: 'read' }), SECRET),
    ).toBeNull();
    expect(parseBridgeRequest(request({ type: 'read', secret: OTHER }), SECRET)).toBeNull();
    expect(parseBridgeRequest(request({ type: 'read', secret: SECRET.slice(1) }), SECRET)).toBeNull();
    expect(parseBridgeRequest(request({ type: 'read', secret: 42 }), SECRET)).toBeNull();
    expect(parseBridgeRequest(request({ type: 'read', v: 3 }), SECRET)).toBeNull();
  });

  it('refuses malformed messages', () => {
    const bad: unknown[] = [
      undefined,
      null,
      42,
      { v: 1, secret: SECRET, id: 1, type: 'read' }, // an object, not the JSON string
      'not json',
      json([1, 2]),
      json(null),
      request({ type: 'eval', code: 'alert(1)' }),
      request({ type: 'run', handle: 'cccccccc-1' }),
      request({ type: 'read', extra: true }),
      request({ type: 'read', id: 0 }),
      request({ type: 'read', id: 1.5 }),
      request({ type: 'read', id: '1' }),
      request({ type: 'set', handle: 'cccccccc-1', kind: 'text', value: 'x' }),
      request({ type: 'set', handle: 'cccccccc-1', kind: 'checkbox', value: 'true' }),
      request({ type: 'set', handle: 'cccccccc-1', kind: 'dropdown' }),
      request({ type: 'set', handle: 'cccccccc-1', kind: 'dropdown', value: 5 }),
      request({ type: 'set', handle: '#ad, input', kind: 'dropdown', value: '1' }),
      request({ type: 'set', handle: 'a"]', kind: 'dropdown', value: '1' }),
      request({ type: 'set', handle: '', kind: 'dropdown', value: '1' }),
      // Version 1 named widgets by id; ids are no handles.
      request({ type: 'set', inputId: 'Kisisel_Cinsiyet', kind: 'dropdown', value: '1' }),
      request({ type: 'set', handle: 'Kisisel_Cinsiyet', kind: 'dropdown', value: '1' }),
      request({ type: 'set', handle: 'cccccccc-0', kind: 'dropdown', value: '1' }),
      request({ type: 'set', handle: 'cccccccc-1', kind: 'dropdown', value: 'line\nbreak' }),
      request({ type: 'set', handle: 'cccccccc-1', kind: 'dropdown', value: 'x'.repeat(300) }),
      request({ type: 'set', handle: 'cccccccc-1', kind: 'dropdown', value: '1', selector: 'body' }),
      request({ type: 'search', handle: 'cccccccc-1', by: 'value', query: ' ' }),
      request({ type: 'search', handle: 'cccccccc-1', by: 'regex', query: '.*' }),
      `${request({ type: 'read' }).slice(0, -1)},"pad":"${'x'.repeat(5_000)}"}`,
    ];
    for (const raw of bad) expect(parseBridgeRequest(raw, SECRET), String(raw)).toBeNull();
  });
});

describe('parseBridgeReport', () => {
  it('accepts ready, results and change reports', () => {
    expect(parseBridgeReport(report({ type: 'ready', kendo: true }), SECRET)).toMatchObject({
      type: 'ready',
    });
    expect(
      parseBridgeReport(report({ type: 'result', id: 3, ok: true, widgets: [DROPDOWN] }), SECRET),
    ).toMatchObject({
      id: 3,
      ok: true,
    });
    expect(
      parseBridgeReport(
        report({ type: 'result', id: 3, ok: false, error: 'protected', widgets: [] }),
        SECRET,
      ),
    ).toMatchObject({ ok: false, error: 'protected' });
    expect(parseBridgeReport(report({ type: 'change', widget: DROPDOWN }), SECRET)).toMatchObject({
      type: 'change',
    });
  });

  it('refuses spoofed reports: no secret, another secret', () => {
    expect(
      parseBridgeReport(json({ v: BRIDGE_PROTOCOL_VERSION - 1, type: 'change', widget: DROPDOWN }), SECRET),
    ).toBeNull();
    expect(parseBridgeReport(report({ type: 'change', widget: DROPDOWN, secret: OTHER }), SECRET)).toBeNull();
    expect(parseBridgeReport(report({ type: 'ready', kendo: true, secret: OTHER }), SECRET)).toBeNull();
  });

  it('refuses malformed widget states and results', () => {
    const bad = [
      report({ type: 'change', widget: { ...DROPDOWN, kind: 'combobox' } }),
      report({ type: 'change', widget: { ...DROPDOWN, handle: 'a b' } }),
      report({ type: 'change', widget: { ...DROPDOWN, inputId: 'uyruk' } }),
      report({ type: 'change', widget: { ...DROPDOWN, cascades: 'il' } }),
      report({ type: 'change', widget: { ...DROPDOWN, value: 7 } }),
      report({ type: 'change', widget: { ...DROPDOWN, enabled: 'yes' } }),
      report({ type: 'change', widget: { ...DROPDOWN, html: '<b>' } }),
      report({ type: 'change', widget: { ...DROPDOWN, options: [{ value: '1' }] } }),
      report({
        type: 'change',
        widget: {
          ...DROPDOWN,
          options: Array.from({ length: MAX_OPTIONS + 1 }, () => ({ value: '1', text: 'x' })),
        },
      }),
      report({ type: 'result', id: 1, ok: true }),
      report({ type: 'result', id: 1, ok: false, error: 'kaboom', widgets: [] }),
      report({ type: 'result', id: 1, ok: 'yes', widgets: [] }),
      report({ type: 'ready' }),
      report({ type: 'ready', kendo: true, extra: 1 }),
    ];
    for (const raw of bad) expect(parseBridgeReport(raw, SECRET), raw.slice(0, 120)).toBeNull();
  });
});

describe('bridge token', () => {
  it('round-trips a channel and a secret and refuses anything else', () => {
    expect(parseBridgeToken(formatBridgeToken(CHANNEL, SECRET))).toEqual({
      channel: CHANNEL,
      secret: SECRET,
    });
    for (const bad of [
      null,
      undefined,
      '',
      CHANNEL,
      `${CHANNEL}.${SECRET}.x`,
      `${CHANNEL}.short`,
      `XYZ.${SECRET}`,
    ]) {
      expect(parseBridgeToken(bad)).toBeNull();
    }
  });

  it('draws random hex from the CSPRNG', () => {
    const a = randomHex(32);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(randomHex(32)).not.toBe(a);
    const calls: number[] = [];
    randomHex(4, {
      getRandomValues: <T extends ArrayBufferView | null>(array: T) => {
        calls.push((array as unknown as Uint8Array).length);
        return array;
      },
    });
    expect(calls).toEqual([4]);
  });
});

describe('isProtectedControl', () => {
  const control = (id: string, name = id, type = 'text', kendo = false) => ({ id, name, type, kendo });

  it('protects captcha, consent, verification codes and the token', () => {
    for (const protectedControl of [
      control('CaptchaInputText'),
      control('CaptchaDeText', 'CaptchaDeText', 'hidden'),
      control('uzatmaGecisOkudumAnladim', 'UzatmaGecisOkudumAnladim', 'checkbox'),
      control('OkudumAnladim', 'OkudumAnladim', 'checkbox'),
      control('Ozet_OkudumAnladim'),
      control('', '__RequestVerificationToken', 'hidden'),
      control('DogrulamaKodu'),
      control('verificationCode'),
      control('smsKodu', 'SmsKod'),
      control('somethingElse', 'x', 'checkbox'),
      control('x', 'x', 'hidden'),
      control('x', 'x', 'password'),
    ]) {
      expect(isProtectedControl(protectedControl), JSON.stringify(protectedControl)).toBe(true);
    }
  });

  it('lets ordinary fields and Kendo inputs through', () => {
    expect(isProtectedControl(control('ad', 'Ad'))).toBe(false);
    expect(isProtectedControl(control('uyruk', 'Uyruk', 'text', true))).toBe(false);
    expect(isProtectedControl(control('uyruk', 'Uyruk', 'hidden', true))).toBe(false);
    expect(isProtectedControl(control('Kisisel_DogumTarihi', 'Kisisel.DogumTarihi'))).toBe(false);
  });
});
