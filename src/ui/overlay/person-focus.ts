/**
 * The one place the overlay moves focus, and only in answer to a person's own key or click
 * (issue 14): opening the panel from its tab puts focus on its heading, folding it (Escape or
 * its button) returns focus to where it was, a fill or undo moves it to the summary, and a
 * person's Tab walks from a field to its hint badge and on (badge-tab-order.ts). Nothing here
 * runs on its own: a panel that opens by itself, a page change or a script of the page never
 * moves focus. The focus itself goes through the click guard, which then lets Enter and Space
 * act there (click-guard.ts); overlay-never.test.ts lets only that file call focus.
 */
import { moveFocus } from './click-guard';

export function focusForPerson(target: HTMLElement | null | undefined): boolean {
  if (!target) return false;
  moveFocus(target);
  return true;
}
