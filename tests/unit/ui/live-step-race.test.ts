/**
 * A person moving quickly between wizard steps: the value typed last on a step must reach the
 * session even when the step is replaced before the assistant's pass runs, and even when the
 * step was rendered so recently that the assistant had not looked at it yet.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startLiveChecks } from '../../../src/features/live-checks/content/live-checks';
import type { PageRecognition } from '../../../src/page/recognition-types';
import { EMPTY_SESSION, type SessionPatch } from '../../../src/permit-application/session';
import { stubField, stubRecognition } from './stub-recognition';

function fakeContext(): ContentScriptContext {
  return {
    isValid: true,
    onInvalidated: () => () => {},
    addEventListener: (target: EventTarget, type: string, listener: EventListener) =>
      target.addEventListener(type, listener),
  } as unknown as ContentScriptContext;
}

async function settle(): Promise<void> {
  for (let round = 0; round < 10; round += 1) await Promise.resolve();
}

function start(recognition: () => PageRecognition, recognizeNow?: () => boolean) {
  const saved: SessionPatch[] = [];
  const ask = vi.fn(async (_type: string, _payload?: unknown) => ({ findings: [] }));
  startLiveChecks(fakeContext(), {
    recognition,
    onUpdate: () => {},
    ask: ask as never,
    bridge: async () => null,
    sessions: {
      load: async () => EMPTY_SESSION,
      update: async (patch) => {
        saved.push(patch);
      },
      end: async () => {},
    },
    now: () => new Date(2026, 4, 4),
    ...(recognizeNow ? { recognizeNow } : {}),
  });
  const savedExpiry = () => saved.map((patch) => patch.values?.passportExpiry?.value).filter(Boolean);
  return { savedExpiry };
}

function type(input: HTMLInputElement, text: string) {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('values typed just before the step changes', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'setInterval', 'requestAnimationFrame', 'requestIdleCallback'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('keeps the last keystroke of a step replaced in the same task (Next pressed at once)', async () => {
    const expiry = stubField('passportExpiry', 'date');
    let page = stubRecognition({ kind: 'wizard-passport', fields: [expiry], applicationKind: null });
    const { savedExpiry } = start(() => page);
    await settle();

    const input = expiry.element as HTMLInputElement;
    type(input, '01.06.2031');
    // The page's Next handler swaps the step before any microtask runs.
    input.remove();
    page = stubRecognition({ kind: 'wizard-permit', fields: [stubField('requestedEnd', 'date')] });
    await settle();

    expect(savedExpiry()).toEqual(['01.06.2031']);
  });

  it('looks at a step the assistant has not seen yet as soon as the person types into it', async () => {
    const expiry = stubField('passportExpiry', 'date');
    // The last look was before the step arrived: it knows none of its fields.
    let page = stubRecognition({ kind: 'wizard-passport', fields: [], applicationKind: null });
    const recognizeNow = vi.fn(() => {
      page = stubRecognition({ kind: 'wizard-passport', fields: [expiry], applicationKind: null });
      return true;
    });
    const { savedExpiry } = start(() => page, recognizeNow);
    await settle();

    const input = expiry.element as HTMLInputElement;
    type(input, '01.06.2031');
    input.remove();
    await settle();

    expect(recognizeNow).toHaveBeenCalledTimes(1);
    expect(savedExpiry()).toEqual(['01.06.2031']);
  });

  it('reads nothing from a field the page has not changed and the assistant does not know', async () => {
    const expiry = stubField('passportExpiry', 'date');
    (expiry.element as HTMLInputElement).value = '01.06.2031';
    const page = stubRecognition({ kind: 'wizard-passport', fields: [expiry], applicationKind: null });
    const recognizeNow = vi.fn(() => false);
    const { savedExpiry } = start(() => page, recognizeNow);
    await settle();
    const saves = savedExpiry().length;
    const search = document.createElement('input');
    document.body.append(search);
    type(search, 'x');
    await settle();
    expect(recognizeNow).toHaveBeenCalledTimes(1);
    expect(savedExpiry()).toHaveLength(saves);
  });
});
