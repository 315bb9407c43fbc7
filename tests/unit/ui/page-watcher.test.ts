import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isOwnMutation, watchPage } from '../../../src/ui/overlay/page-watcher';

/** Collects the records a real MutationObserver sees for `change`. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.body, { childList: true, subtree: true });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

describe('isOwnMutation', () => {
  it('ignores mounting our host and changes inside it', async () => {
    const host = document.createElement('eikamet-assistant');
    const records = await recordsOf(() => {
      document.body.append(host);
      host.append(document.createElement('div'));
    });
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((record) => isOwnMutation(record, host))).toBe(true);
  });

  it('sees the page rendering a new step', async () => {
    const host = document.createElement('eikamet-assistant');
    document.body.append(host);
    const records = await recordsOf(() => {
      const step = document.createElement('div');
      step.append(document.createElement('input'));
      document.body.append(step);
    });
    expect(records.some((record) => !isOwnMutation(record, host))).toBe(true);
  });
});

describe('watchPage', () => {
  // The observer's callback is a microtask; the debounce runs on a fake clock.
  const wait = async (ms: number) => {
    for (let turn = 0; turn < 5; turn++) await Promise.resolve();
    vi.advanceTimersByTime(ms);
  };
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('re-runs once per burst of page changes, never for our own host, and stops when invalidated', async () => {
    const ctx = new ContentScriptContext('eikamet');
    const host = document.createElement('eikamet-assistant');
    document.body.append(host);
    const onPageChange = vi.fn();
    watchPage({ ctx, ownHost: host, onPageChange, debounceMs: 20 });

    for (let step = 0; step < 5; step++) document.body.append(document.createElement('div'));
    await wait(60);
    expect(onPageChange).toHaveBeenCalledTimes(1);

    host.append(document.createElement('span'));
    await wait(60);
    expect(onPageChange).toHaveBeenCalledTimes(1);

    ctx.notifyInvalidated();
    document.body.append(document.createElement('div'));
    await wait(60);
    expect(onPageChange).toHaveBeenCalledTimes(1);
  });

  it('survives a failing callback', async () => {
    const ctx = new ContentScriptContext('eikamet');
    const host = document.createElement('eikamet-assistant');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const onPageChange = vi.fn(() => {
      throw new Error('recogniser bug');
    });
    watchPage({ ctx, ownHost: host, onPageChange, debounceMs: 5 });
    document.body.append(document.createElement('div'));
    await wait(30);
    document.body.append(document.createElement('div'));
    await wait(30);
    expect(onPageChange).toHaveBeenCalledTimes(2);
    ctx.notifyInvalidated();
    warn.mockRestore();
  });
});
