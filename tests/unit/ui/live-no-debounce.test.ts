/**
 * A typed value is checked at once: the assessment is asked for as soon as the events of the
 * user's change have been handled, with no timer in the way (timers are frozen here, so a
 * debounce would never fire), and the events of one change make one request.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startLiveChecks } from '../../../src/features/live-checks/content/live-checks';
import { EMPTY_SESSION } from '../../../src/permit-application/session';
import { stubField, stubRecognition } from './stub-recognition';

function fakeContext(): ContentScriptContext {
  return {
    isValid: true,
    onInvalidated: () => () => {},
    addEventListener: (
      target: EventTarget,
      type: string,
      listener: EventListener,
      options?: AddEventListenerOptions,
    ) => target.addEventListener(type, listener, options),
  } as unknown as ContentScriptContext;
}

/** Lets pending promise callbacks and microtasks run; timers stay frozen. */
async function settle(): Promise<void> {
  for (let round = 0; round < 10; round += 1) await Promise.resolve();
}

describe('live checks without a debounce', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'setInterval', 'requestAnimationFrame', 'requestIdleCallback'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('asks for an assessment of a typed date right after its events, once per change', async () => {
    const expiry = stubField('passportExpiry');
    const recognition = stubRecognition({ kind: 'wizard-passport', fields: [expiry] });
    const ask = vi.fn(async (_type: string, _payload?: unknown) => ({ findings: [] }));
    const onUpdate = vi.fn();
    startLiveChecks(fakeContext(), {
      recognition: () => recognition,
      onUpdate,
      ask: ask as never,
      bridge: async () => null,
      sessions: { load: async () => EMPTY_SESSION, update: async () => {}, end: async () => {} },
      now: () => new Date(2026, 4, 4),
    });
    await settle();
    ask.mockClear();

    const input = expiry.element as HTMLInputElement;
    input.value = '01.06.2026';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();

    const assessments = ask.mock.calls.filter(([type]) => type === 'assess');
    expect(assessments).toHaveLength(1);
    expect(JSON.stringify(assessments[0]?.[1])).toContain('01.06.2026');
    expect(onUpdate).toHaveBeenCalled();
  });

  it('while a fill holds the checks, asks nothing; on release, one assessment with every change', async () => {
    const birth = stubField('birthDate');
    const expiry = stubField('passportExpiry');
    const recognition = stubRecognition({ kind: 'wizard-passport', fields: [birth, expiry] });
    const ask = vi.fn(async (_type: string, _payload?: unknown) => ({ findings: [] }));
    const update = vi.fn(async () => {});
    const live = startLiveChecks(fakeContext(), {
      recognition: () => recognition,
      onUpdate: () => {},
      ask: ask as never,
      bridge: async () => null,
      sessions: { load: async () => EMPTY_SESSION, update, end: async () => {} },
      now: () => new Date(2026, 4, 4),
    });
    await settle();
    ask.mockClear();
    update.mockClear();

    const release = live.hold();
    for (const [field, value] of [
      [birth, '05.05.1980'],
      [expiry, '01.06.2030'],
    ] as const) {
      const input = field.element as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await settle();
    }
    expect(ask.mock.calls.filter(([type]) => type === 'assess')).toHaveLength(0);
    expect(update).not.toHaveBeenCalled();

    release();
    release(); // a second call changes nothing
    await settle();
    const assessments = ask.mock.calls.filter(([type]) => type === 'assess');
    expect(assessments).toHaveLength(1);
    expect(JSON.stringify(assessments[0]?.[1])).toContain('05.05.1980');
    expect(JSON.stringify(assessments[0]?.[1])).toContain('01.06.2030');
    expect(update).toHaveBeenCalledTimes(1);
  });
});
