/**
 * Events as a person's mouse and keyboard make them. happy-dom has no `isTrusted`; the browser
 * sets it (and lets no script set it) for real input only. The overlay ignores every event
 * without it (src/ui/overlay/trusted.ts), so component tests act through these.
 */
import { fireEvent } from '@testing-library/preact';

function asPerson<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

export const person = {
  click(element: Element): boolean {
    return fireEvent(element, asPerson(new MouseEvent('click', { bubbles: true, cancelable: true })));
  },
  change(element: Element): boolean {
    return fireEvent(element, asPerson(new Event('change', { bubbles: true })));
  },
  keyDown(element: Element, init: KeyboardEventInit): boolean {
    return fireEvent(
      element,
      asPerson(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })),
    );
  },
};
