/**
 * Only a person acts (docs/principles.md#6-only-a-person-acts). The overlay lives in an open
 * shadow root, so a script of the page can find its buttons and call `.click()` on them or
 * dispatch events at them.
 * Such events are not trusted (`isTrusted` false); the browser marks as trusted only what a
 * person's mouse, keyboard or touch started. Every action handler of the overlay (fill,
 * overwrite, undo, print, language, collapse, badges, checklist choices and ticks) goes
 * through `trusted(…)`, and `tests/unit/ui/overlay-trusted.test.ts` fails on one that does not.
 *
 * A trusted event is not enough: a page can restyle our controls or draw over them so that a
 * person's real click lands on one of them unseen. `click-guard.ts` installs the gate that then
 * asks whether the control was ours, unmodified and visibly unobstructed where they pressed.
 *
 * A refused event is also cancelled, so that it cannot even toggle one of our checkboxes or
 * disclosures on its own.
 */
type PersonGate = (event: Event) => boolean;
let personGate: PersonGate | null = null;

/** Set by the click guard of the mounted overlay; without one (component tests) `isTrusted` decides. */
export function setPersonGate(gate: PersonGate | null): void {
  personGate = gate;
}

export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event: E) => {
    if (event.isTrusted !== true || (personGate !== null && !personGate(event))) {
      if (event.cancelable) event.preventDefault();
      return;
    }
    handler(event);
  };
}

/** Event types a page could dispatch at our shadow root to imitate a person. */
const IMITABLE_EVENTS = ['click', 'dblclick', 'auxclick', 'change', 'input', 'submit', 'keydown'] as const;

/**
 * Belt and braces at the shadow root: untrusted events of these types are cancelled and
 * stopped in the capture phase, before any of our elements sees them (a native `<details>`
 * toggle, a checkbox's own tick). `trusted(…)` on each handler stays the rule.
 */
export function blockUntrustedEvents(root: ShadowRoot): void {
  for (const type of IMITABLE_EVENTS) {
    root.addEventListener(
      type,
      (event) => {
        if (event.isTrusted === true) return;
        if (event.cancelable) event.preventDefault();
        event.stopImmediatePropagation();
      },
      { capture: true },
    );
  }
}
