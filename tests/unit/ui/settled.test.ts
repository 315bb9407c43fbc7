import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchPage } from '../../../src/ui/overlay/page-watcher';
import { createSettledMarker, SETTLED_ATTRIBUTE } from '../../../src/ui/overlay/settled';

const microtasks = async (count = 3) => {
  for (let turn = 0; turn < count; turn++) await Promise.resolve();
};
const isSettled = (host: Element) => host.getAttribute(SETTLED_ATTRIBUTE) === 'true';

describe('the settled marker', () => {
  afterEach(() => vi.useRealTimers());

  it('drops at once when work begins and comes back after the last piece is done', async () => {
    const host = document.createElement('div');
    const marker = createSettledMarker(host);
    expect(isSettled(host)).toBe(false);
    const first = marker.begin();
    const second = marker.begin();
    first();
    first(); // a second call changes nothing
    await microtasks();
    expect(isSettled(host)).toBe(false);
    second();
    await microtasks();
    expect(isSettled(host)).toBe(true);
    const third = marker.begin();
    expect(isSettled(host)).toBe(false);
    third();
    await microtasks();
    expect(isSettled(host)).toBe(true);
  });

  it('stays down when the answer of one request starts the next in its handler', async () => {
    const host = document.createElement('div');
    const marker = createSettledMarker(host);
    let answer: (value: string) => void = () => {};
    const request = marker.track(new Promise<string>((resolve) => (answer = resolve)));
    const followUp: { done?: () => void } = {};
    void request.then(() => {
      followUp.done = marker.begin();
    });
    answer('ok');
    await microtasks(5);
    expect(isSettled(host)).toBe(false);
    followUp.done?.();
    await microtasks();
    expect(isSettled(host)).toBe(true);
  });

  it('is released by a failed request too', async () => {
    const host = document.createElement('div');
    const marker = createSettledMarker(host);
    await marker.track(Promise.reject(new Error('no answer'))).catch(() => {});
    await microtasks();
    expect(isSettled(host)).toBe(true);
  });

  it('is held from a page mutation until the page has been looked at again', async () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('eikamet');
    const host = document.createElement('eikamet-assistant');
    document.body.append(host);
    const marker = createSettledMarker(host);
    marker.begin()();
    await microtasks();
    expect(isSettled(host)).toBe(true);
    const onPageChange = vi.fn(() => expect(isSettled(host)).toBe(false));
    watchPage({ ctx, ownHost: host, onPageChange, debounceMs: 200, settled: marker });

    document.body.append(document.createElement('div'));
    await microtasks(); // the MutationObserver's callback
    expect(isSettled(host)).toBe(false);
    vi.advanceTimersByTime(199);
    expect(onPageChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onPageChange).toHaveBeenCalledTimes(1);
    await microtasks();
    expect(isSettled(host)).toBe(true);
    ctx.notifyInvalidated();
  });
});
