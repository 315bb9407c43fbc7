/**
 * Whether the side panel starts collapsed when the user has never chosen. The panel must not
 * cover the form, so it opens only on windows wide enough to hold it beside the form's main
 * column; narrow windows (under ~1100 px) always start with just the tab.
 */
import type { Box, ReservedEdges } from './badge-position';

/** Kept in sync with `.panel-body` width and side offset in style.css. */
export const PANEL_WIDTH_PX = 280;
export const PANEL_SIDE_OFFSET_PX = 12;
export const NARROW_WINDOW_PX = 1100;

/**
 * @param mainColumn the box around the form's rows, viewport coordinates; null when the page has no form
 * @param side where the panel sits: right in left-to-right languages, left in right-to-left ones
 */
export function shouldStartCollapsed(
  viewportWidth: number,
  mainColumn: Box | null,
  side: 'left' | 'right',
): boolean {
  if (viewportWidth < NARROW_WINDOW_PX) return true;
  if (!mainColumn) return false;
  const needed = PANEL_WIDTH_PX + 2 * PANEL_SIDE_OFFSET_PX;
  const room = side === 'right' ? viewportWidth - (mainColumn.left + mainColumn.width) : mainColumn.left;
  return room < needed;
}

/** The smallest box around all given boxes that are actually rendered. */
export function unionOfBoxes(boxes: readonly Box[]): Box | null {
  const rendered = boxes.filter((box) => box.width > 0 || box.height > 0);
  if (rendered.length === 0) return null;
  const left = Math.min(...rendered.map((box) => box.left));
  const top = Math.min(...rendered.map((box) => box.top));
  const right = Math.max(...rendered.map((box) => box.left + box.width));
  const bottom = Math.max(...rendered.map((box) => box.top + box.height));
  return { left, top, width: right - left, height: bottom - top };
}

/** The strip of the window the open panel takes, on its side (right in LTR, left in RTL). */
export function panelEdges(side: 'left' | 'right'): ReservedEdges {
  const width = PANEL_WIDTH_PX + 2 * PANEL_SIDE_OFFSET_PX;
  return side === 'right' ? { left: 0, right: width } : { left: width, right: 0 };
}
