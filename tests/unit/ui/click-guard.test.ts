/**
 * The click guard (src/ui/overlay/click-guard.ts) in a DOM without layout: what counts as the
 * page's change to the overlay, that such a change holds actions and puts the overlay back, and
 * that Enter or Space on a control the person did not move focus to does nothing. What needs
 * layout (hit tests, boxes, visibility) is covered in the browser: tests/e2e/clickjacking.spec.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type ClickGuard,
  guardClicks,
  HOLD_MS,
  isForeignMutation,
  onlyShifts,
} from '../../../src/ui/overlay/click-guard';
import { trusted } from '../../../src/ui/overlay/trusted';

function asPerson<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

describe('onlyShifts', () => {
  it('lets a shift through and nothing that scales, rotates or skews', () => {
    expect(onlyShifts('none')).toBe(true);
    expect(onlyShifts('matrix(1, 0, 0, 1, 0, -42.5)')).toBe(true);
    expect(onlyShifts('matrix(60, 0, 0, 60, 0, 0)')).toBe(false);
    expect(onlyShifts('matrix(0.707107, 0.707107, -0.707107, 0.707107, 0, 0)')).toBe(false);
    expect(onlyShifts('matrix3d(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1)')).toBe(false);
  });
});

describe('isForeignMutation', () => {
  const host = document.createElement('eikamet-assistant');
  const record = (init: Partial<MutationRecord>) =>
    ({ type: 'attributes', attributeName: null, addedNodes: [], removedNodes: [], ...init }) as never;

  it('counts a change to the host other than a data attribute, and our host leaving <body>', () => {
    expect(isForeignMutation(record({ target: host, attributeName: 'style' }), host)).toBe(true);
    expect(isForeignMutation(record({ target: host, attributeName: 'popover' }), host)).toBe(true);
    expect(isForeignMutation(record({ target: host, attributeName: 'data-settled' }), host)).toBe(false);
    const removed = record({ target: document.body, type: 'childList', removedNodes: [host] as never });
    expect(isForeignMutation(removed, host)).toBe(true);
    const pageNode = record({ target: document.body, type: 'childList', addedNodes: [] as never });
    expect(isForeignMutation(pageNode, host)).toBe(false);
  });

  it('counts every change inside the overlay but a person opening one of our disclosures', () => {
    const button = document.createElement('button');
    const details = document.createElement('details');
    expect(isForeignMutation(record({ target: button, attributeName: 'style' }), host)).toBe(true);
    expect(isForeignMutation(record({ target: button, type: 'characterData' }), host)).toBe(true);
    expect(isForeignMutation(record({ target: details, attributeName: 'open' }), host)).toBe(false);
    expect(isForeignMutation(record({ target: details, attributeName: 'class' }), host)).toBe(true);
  });
});

describe('guardClicks', () => {
  let host: HTMLElement;
  let shadow: ShadowRoot;
  let container: HTMLElement;
  let guard: ClickGuard;
  const redraw = vi.fn();

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    host = document.createElement('eikamet-assistant');
    shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = '.fill-button { color: #fff; }';
    container = document.createElement('div');
    shadow.append(style, container);
    document.body.append(host);
    redraw.mockReset();
    guard = guardClicks(host, shadow, () => {
      container.replaceChildren();
      redraw();
    });
  });

  afterEach(() => {
    guard.stop();
    host.remove();
    vi.useRealTimers();
  });

  /** Lets the MutationObserver report. */
  const observed = () => new Promise<void>((resolve) => queueMicrotask(resolve));

  it('does not count our own writes', async () => {
    guard.ownWrites(() => {
      const button = document.createElement('button');
      button.setAttribute('style', 'left: 10px');
      container.append(button);
      host.setAttribute('data-page', 'wizard-permit');
    });
    await observed();
    expect(host.hasAttribute('data-held')).toBe(false);
    vi.advanceTimersByTime(HOLD_MS);
    expect(redraw).not.toHaveBeenCalled();
  });

  it('holds actions after a page’s change, puts the overlay back and draws it afresh', async () => {
    const button = guard.ownWrites(() => {
      const created = document.createElement('button');
      container.append(created);
      return created;
    });
    const ran = vi.fn();
    const onClick = trusted(ran);
    button.addEventListener('click', onClick);

    button.setAttribute('style', 'position: fixed; inset: 0; opacity: 0');
    const injected = document.createElement('style');
    injected.textContent = '.fill-button { opacity: 0 !important; }';
    shadow.append(injected);
    host.setAttribute('style', 'opacity: 0');
    await observed();
    expect(host.hasAttribute('data-held')).toBe(true);

    // A person's click meanwhile does nothing.
    button.dispatchEvent(asPerson(new MouseEvent('click', { bubbles: true, cancelable: true })));
    expect(ran).not.toHaveBeenCalled();

    vi.advanceTimersByTime(0);
    expect(redraw).toHaveBeenCalledTimes(1);
    expect([...shadow.childNodes]).toEqual([shadow.querySelector('style'), container]);
    expect(shadow.querySelector('style')?.textContent).toBe('.fill-button { color: #fff; }');
    expect(host.hasAttribute('style')).toBe(false);
    expect(container.childNodes).toHaveLength(0);

    vi.advanceTimersByTime(HOLD_MS);
    expect(host.hasAttribute('data-held')).toBe(false);
  });

  it('puts our host back into <body> when the page moves it', async () => {
    const hidden = document.createElement('div');
    document.body.append(hidden);
    hidden.append(host);
    await observed();
    vi.advanceTimersByTime(0);
    expect(host.parentNode).toBe(document.body);
    hidden.remove();
  });

  it('ignores Enter or Space on a control the page focused', () => {
    const button = guard.ownWrites(() => {
      const created = document.createElement('button');
      container.append(created);
      return created;
    });
    const ran = vi.fn();
    button.addEventListener('click', trusted(ran));
    // A page script's focus(): no press on the control and no Tab before it.
    button.focus();
    button.dispatchEvent(
      asPerson(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true })),
    );
    button.dispatchEvent(asPerson(new MouseEvent('click', { bubbles: true, cancelable: true })));
    expect(ran).not.toHaveBeenCalled();
  });

  it('refuses a control that is not in our shadow root', () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    const ran = vi.fn();
    outside.addEventListener('click', trusted(ran));
    outside.dispatchEvent(asPerson(new MouseEvent('click', { bubbles: true, cancelable: true })));
    expect(ran).not.toHaveBeenCalled();
    outside.remove();
  });
});
