/**
 * Where the side panel goes and when it opens by itself. The open panel is docked: a full-height
 * column at one edge of the window whose width the page gives up (page-dock.ts), so the form
 * reflows beside it and nothing of the page is ever under it. Folded, only a narrow tab remains
 * at that edge.
 */
import type { ReservedEdges } from './badge-position';

/** Kept in sync with `.panel-body` width in style.css. */
export const PANEL_WIDTH_PX = 300;
/** Kept in sync with `.panel-tab` width in style.css: the folded tab is a narrow vertical strip. */
export const PANEL_TAB_WIDTH_PX = 28;
/** Under this width the panel starts folded: the page would keep too little room beside it. */
export const NARROW_WINDOW_PX = 1100;

export type DockSide = 'left' | 'right';

/**
 * The panel docks at the page's own end edge, not the assistant's: an Arabic assistant over
 * the Turkish (left-to-right) form still sits on the right, where it hides no label; a
 * right-to-left page would have it on the left.
 */
export function dockSideFor(pageDirection: string): DockSide {
  return pageDirection === 'rtl' ? 'left' : 'right';
}

/**
 * Whether the panel starts folded when the user has not chosen on this page.
 * - A page without recognised form fields (home, option pages) never opens it by itself.
 * - A narrow window starts with just the tab.
 * - Otherwise the user's last choice stands, or it opens.
 *
 * @param savedCollapsed the user's last choice on any page, undefined when never made
 */
export function shouldStartCollapsed(
  viewportWidth: number,
  hasFormFields: boolean,
  savedCollapsed: boolean | undefined,
): boolean {
  if (!hasFormFields) return true;
  if (savedCollapsed !== undefined) return savedCollapsed;
  return viewportWidth < NARROW_WINDOW_PX;
}

/** The strip of the window the panel takes (open) or its tab takes (folded), on its side. */
export function panelEdges(side: DockSide, collapsed: boolean): ReservedEdges {
  const width = collapsed ? PANEL_TAB_WIDTH_PX : PANEL_WIDTH_PX;
  return side === 'right' ? { left: 0, right: width } : { left: width, right: 0 };
}
