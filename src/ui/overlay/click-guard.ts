/**
 * Clicks a page cannot steal (issue 16). `trusted(…)` keeps out events a page script makes up;
 * this keeps out a person's real gesture that a page redirects. Our shadow root stays open (tests
 * and assistive tools read its markers), so a page can restyle our buttons into an invisible layer
 * over its own form, or draw a decoy over them that lets clicks through. An action runs only when:
 *
 * - nothing but us changed the overlay: a MutationObserver on the shadow root, the host and
 *   <body> reports every change made outside our own writes (`ownWrites`: renders, Preact's
 *   re-renders and effects). Then actions are held for HOLD_MS after the last such change
 *   (`data-held` on the host meanwhile) and the overlay is put back as we made it and drawn afresh;
 * - at the gesture, the control is visibly ours where the person pressed: our style sheets as we
 *   wrote them and no adopted ones; from the control up through our host into the page, opacity
 *   of at least 0.9 and no filter, clip-path, mask, blend mode, zoom, scale, rotation or transform
 *   beyond a shift; readable colours; a control-sized box in the window; the topmost element at
 *   the point is the control (hit tests of the document and of our shadow root); no page element
 *   in the top layer (popover, modal dialog, fullscreen) and no click-through
 *   (`pointer-events: none`) page element stacked above our host there; and, where the browser
 *   has IntersectionObserver v2, the control was last seen `isVisible`;
 * - a mouse, pen or touch click was pressed on the control while those checks held, and they
 *   hold at the click; Enter and Space count only on a control the person moved focus to
 *   (pressed on it, a Tab the page did not cancel, or our own `moveFocus` after their action),
 *   never after a page script's `focus()`. Other keys (Escape on a hint) and a select's change,
 *   which write nothing to the page, need only an overlay the page has not changed.
 *
 * A remaining gap, said in the README: a browser without IntersectionObserver v2 (Firefox)
 * cannot see a decoy drawn inside a page's closed shadow root over our control.
 */
import { options } from 'preact';
import { setPersonGate } from './trusted';

/** How long actions stay held after the page last changed the overlay. */
export const HOLD_MS = 1500;
/** `:host` z-index in the overlay stylesheet: a page element stacked at least this high is above us. */
const HOST_Z = 2147483000;
/** No control of ours is larger; a page that stretches one over its form exceeds this. */
const MAX_WIDTH = 520;
const MAX_HEIGHT = 240;
const MIN_SIDE = 8;
const MIN_OPACITY = 0.9;
/** Focus follows a press or a Tab within this time, or it was not theirs. */
const FOCUS_AFTER_MS = 1000;
const CONTROLS = 'button,input,select,textarea,summary,a,label';

/** Where the person last pressed, when, and whether they saw our control there. */
interface Press {
  readonly target: Element;
  readonly at: number;
  readonly ok: boolean;
}

export interface ClickGuard {
  /** Runs a change of ours to the overlay; the observer does not count it as the page's. */
  ownWrites<T>(write: () => T): T;
  /** Moves focus to one of our controls after a person's action (Enter and Space then count). */
  moveFocus(element: HTMLElement): void;
  stop(): void;
}

/** A computed `transform` that only shifts (translate), without scaling, rotating or skewing. */
export function onlyShifts(transform: string): boolean {
  return transform === 'none' || /^matrix\(1, 0, 0, 1, [^,]+, [^,]+\)$/.test(transform);
}

/**
 * Whether a mutation was made by someone else than our own code. Only a person opening or
 * closing one of our `<details>` changes the overlay without us; `data-*` on the host is
 * everyone's (tests and the settled marker), and <body> matters only when our host leaves it.
 */
export function isForeignMutation(record: MutationRecord, host: Element): boolean {
  const { target } = record;
  if (target === host.ownerDocument.body) return [...record.removedNodes].includes(host);
  if (target === host) return record.type !== 'attributes' || !record.attributeName?.startsWith('data-');
  return !(record.attributeName === 'open' && (target as Element).localName === 'details');
}

const within = (box: DOMRect, x: number, y: number) =>
  x >= box.left - 1 && x <= box.right + 1 && y >= box.top - 1 && y <= box.bottom + 1;

const sheetText = (style: HTMLStyleElement) =>
  style.textContent + [...(style.sheet?.cssRules ?? [])].map((rule) => rule.cssText).join('');

/** The control and its labels: a press on a checkbox's label is a press on the checkbox. */
const region = (control: Element): Element[] => [control, ...((control as HTMLInputElement).labels ?? [])];
const inRegion = (control: Element, target: Element | undefined) =>
  !!target && region(control).some((part) => part.contains(target));

/** The element a composed path starts at (inside our open shadow root when it started there). */
const origin = (event: Event) => event.composedPath()[0] as Element;

/** Whether a page element paints above our host: its outermost stacking level is at least ours. */
function stackedAbove(element: Element): boolean {
  let level = Number.NaN;
  for (let at: Element | null = element; at && at !== at.ownerDocument.body; at = at.parentElement) {
    const style = getComputedStyle(at);
    if (style.position !== 'static' && style.zIndex !== 'auto') level = Number(style.zIndex);
  }
  return level >= HOST_Z;
}

let active: ClickGuard | null = null;

/** Moves focus to one of our controls after a person's action, so Enter and Space then count. */
export function moveFocus(element: HTMLElement): void {
  if (active) active.moveFocus(element);
  else element.focus();
}

export function guardClicks(host: HTMLElement, shadow: ShadowRoot, redraw: () => void): ClickGuard {
  const doc = host.ownerDocument;
  const ownNodes = [...shadow.childNodes] as Element[];
  const rootStyle = ownNodes[0] as HTMLStyleElement;
  const rootCss = rootStyle.textContent;
  const sheets = new WeakMap<HTMLStyleElement, string>();
  const visible = new WeakMap<Element, boolean>();
  let heldUntil = 0;
  let writing = 0;
  let restoreTimer: ReturnType<typeof setTimeout> | undefined;
  let releaseTimer: ReturnType<typeof setTimeout> | undefined;
  let lastRestore = -HOLD_MS;
  let down: Press | undefined;
  let key: KeyboardEvent | undefined;
  let keyTarget: Element | undefined;
  let lastInput: 'pointer' | 'key' = 'pointer';
  let focused: Element | null = null;
  let focusedBy: KeyboardEvent | undefined;
  let ourFocus: Element | null = null;

  // Out of view says nothing about a decoy (the hit tests see where it is now); in view, the
  // browser's own verdict on occlusion, opacity, filters and transforms counts.
  const seen = (entries: IntersectionObserverEntry[]) => {
    for (const entry of entries)
      visible.set(
        entry.target,
        !entry.isIntersecting || (entry as { isVisible?: boolean }).isVisible !== false,
      );
  };
  const visibility =
    'isVisible' in (globalThis.IntersectionObserverEntry?.prototype ?? {})
      ? new IntersectionObserver(seen, { trackVisibility: true, delay: 100 } as IntersectionObserverInit)
      : null;

  const held = () => performance.now() < heldUntil;

  /** Our host back in <body>, our own nodes alone in the shadow root, our stylesheet re-read. */
  const restore = () => {
    restoreTimer = undefined;
    lastRestore = performance.now();
    shadow.adoptedStyleSheets = [];
    shadow.replaceChildren(...ownNodes);
    for (const node of [host, ...ownNodes])
      for (const name of node.getAttributeNames())
        if (node !== host || !name.startsWith('data-')) node.removeAttribute(name);
    rootStyle.textContent = rootCss;
    if (host.parentNode !== doc.body) doc.body.append(host);
    redraw();
  };

  const tampered = () => {
    heldUntil = performance.now() + HOLD_MS;
    host.setAttribute('data-held', '');
    clearTimeout(releaseTimer);
    releaseTimer = setTimeout(() => host.removeAttribute('data-held'), HOLD_MS);
    // A page that keeps re-applying its change is put back twice a second, not every frame.
    restoreTimer ??= setTimeout(
      () => ownWrites(restore),
      performance.now() - lastRestore < HOLD_MS ? 500 : 0,
    );
  };

  const judge = (records: MutationRecord[]) => {
    if (records.some((record) => isForeignMutation(record, host))) tampered();
  };
  const observer = new MutationObserver(judge);
  observer.observe(shadow, { subtree: true, childList: true, attributes: true, characterData: true });
  observer.observe(host, { childList: true, attributes: true });
  observer.observe(doc.body, { childList: true });

  /** After our writes: remember our style sheets as written and watch the controls' visibility. */
  function ownWrites<T>(write: () => T): T {
    // Changes queued before our outermost write are someone else's.
    if (!writing++) judge(observer.takeRecords());
    try {
      return write();
    } finally {
      writing -= 1;
      observer.takeRecords();
      for (const style of shadow.querySelectorAll('style'))
        if (!sheets.has(style)) sheets.set(style, sheetText(style));
      // Observing a control again does nothing.
      if (visibility) for (const control of shadow.querySelectorAll(CONTROLS)) visibility.observe(control);
    }
  }

  const intact = () =>
    host.parentNode === doc.body &&
    shadow.adoptedStyleSheets.length === 0 &&
    [...shadow.querySelectorAll('style')].every((style) => sheets.get(style) === sheetText(style));

  /** Whether the person sees `control` (ours, as we drew it) and nothing else at (x, y). */
  function sees(control: Element, x: number, y: number): boolean {
    if (visibility) seen(visibility.takeRecords());
    if (held() || !intact() || visible.get(control) === false) return false;
    let opacity = 1;
    for (
      let at: Element | null = control;
      at;
      at = at.parentElement ?? (at.parentNode as ShadowRoot | null)?.host ?? null
    ) {
      const style = getComputedStyle(at);
      opacity *= Number(style.opacity);
      if (
        style.visibility !== 'visible' ||
        style.filter !== 'none' ||
        style.clipPath !== 'none' ||
        (style.maskImage || 'none') !== 'none' ||
        style.mixBlendMode !== 'normal' ||
        (style.zoom || '1') !== '1' ||
        (style.scale || 'none') !== 'none' ||
        (style.rotate || 'none') !== 'none' ||
        !onlyShifts(style.transform)
      )
        return false;
    }
    const box = control.getBoundingClientRect();
    if (
      opacity < MIN_OPACITY ||
      box.width > MAX_WIDTH ||
      box.height > MAX_HEIGHT ||
      box.width < MIN_SIDE ||
      box.height < MIN_SIDE ||
      !region(control).some((part) => within(part.getBoundingClientRect(), x, y)) ||
      doc.elementFromPoint(x, y) !== host ||
      !inRegion(control, shadow.elementFromPoint(x, y) ?? undefined)
    )
      return false;
    // A page's popover is in the top layer, above any z-index. (A modal dialog or a fullscreen
    // element leaves the rest of the page inert or undrawn, so no click reaches us then.)
    try {
      for (const layer of doc.querySelectorAll(':popover-open'))
        if (within(layer.getBoundingClientRect(), x, y)) return false;
    } catch {
      // A browser without popovers.
    }
    // A page element that lets clicks through is missing from the hit tests above.
    for (const element of doc.querySelectorAll('*'))
      if (
        within(element.getBoundingClientRect(), x, y) &&
        getComputedStyle(element).pointerEvents === 'none' &&
        stackedAbove(element)
      )
        return false;
    return true;
  }

  // What the person did last, seen first (capture) and only when the browser says it was them.
  doc.addEventListener(
    'pointerdown',
    (event) => {
      if (!event.isTrusted) return;
      lastInput = 'pointer';
      const target = origin(event);
      down = {
        target,
        at: event.timeStamp,
        ok:
          target.getRootNode() === shadow &&
          sees(target.closest(CONTROLS) ?? target, event.clientX, event.clientY),
      };
    },
    true,
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted) return;
      lastInput = 'key';
      key = event;
      keyTarget = origin(event);
    },
    true,
  );
  // On our shadow root: a focus moving between two of our controls never reaches the document
  // (both ends are our host there).
  shadow.addEventListener(
    'focusin',
    (event) => {
      const target = origin(event);
      if (!event.isTrusted || target.getRootNode() !== shadow) return;
      const recent = (at: number) => event.timeStamp - at < FOCUS_AFTER_MS;
      const tab = key?.key === 'Tab' && !key.defaultPrevented && recent(key.timeStamp) ? key : undefined;
      const pressed = down?.ok && inRegion(target, down.target) && recent(down.at);
      focused = target === ourFocus || pressed || tab ? target : null;
      focusedBy = target === ourFocus || pressed ? undefined : tab;
      ourFocus = null;
    },
    true,
  );

  /** The gate `trusted(…)` asks before running a handler of ours for a person's event. */
  const personGate = (event: Event): boolean => {
    judge(observer.takeRecords());
    const control = event.currentTarget;
    if (!(control instanceof Element) || control.getRootNode() !== shadow) return false;
    if (event.type === 'click' && lastInput === 'pointer')
      return (
        !!down?.ok &&
        inRegion(control, down.target) &&
        sees(control, (event as MouseEvent).clientX, (event as MouseEvent).clientY)
      );
    // Enter or Space pressing one of our controls: only where the person put focus.
    if (event.type !== 'click') return !held() && intact();
    if (
      !(
        (key?.key === 'Enter' || key?.key === ' ') &&
        keyTarget === control &&
        focused === control &&
        shadow.activeElement === control &&
        !focusedBy?.defaultPrevented
      )
    )
      return false;
    const box = control.getBoundingClientRect();
    const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max - 1);
    return sees(
      control,
      clamp(box.left + box.width / 2, innerWidth),
      clamp(box.top + box.height / 2, innerHeight),
    );
  };
  setPersonGate(personGate);

  // Preact's own re-renders (a component's state) are our writes too. Effects write nothing
  // themselves (layout effects run inside the render); what they change re-renders through here.
  options.debounceRendering = (run) => queueMicrotask(() => ownWrites(run));

  sheets.set(rootStyle, sheetText(rootStyle));
  active = {
    ownWrites,
    moveFocus(element) {
      ourFocus = element;
      element.focus();
    },
    // The document listeners stay: without our shadow root in the page they only note the target.
    stop() {
      observer.disconnect();
      visibility?.disconnect();
      clearTimeout(restoreTimer);
      setPersonGate(null);
      active = null;
    },
  };
  return active;
}
