import { describe, expect, it } from 'vitest';
import { createPageDock, dockRules } from '../../../src/ui/overlay/page-dock';
import {
  dockSideFor,
  PANEL_TAB_WIDTH_PX,
  PANEL_WIDTH_PX,
  panelEdges,
  shouldStartCollapsed,
} from '../../../src/ui/overlay/panel-layout';

describe('shouldStartCollapsed', () => {
  it('never opens by itself on a page without form fields, whatever was chosen before', () => {
    expect(shouldStartCollapsed(1920, false, undefined)).toBe(true);
    expect(shouldStartCollapsed(1920, false, false)).toBe(true);
  });

  it('opens on a wide window with a form, folds on a narrow one', () => {
    expect(shouldStartCollapsed(1366, true, undefined)).toBe(false);
    expect(shouldStartCollapsed(1024, true, undefined)).toBe(true);
  });

  it("keeps the user's last choice on pages with a form", () => {
    expect(shouldStartCollapsed(1920, true, true)).toBe(true);
    expect(shouldStartCollapsed(1024, true, false)).toBe(false);
  });
});

describe('dock side', () => {
  it("follows the page's direction, not the assistant's language", () => {
    expect(dockSideFor('ltr')).toBe('right');
    expect(dockSideFor('rtl')).toBe('left');
  });

  it('reserves the panel when open and only the tab when folded, on its side', () => {
    expect(panelEdges('right', false)).toEqual({ left: 0, right: PANEL_WIDTH_PX });
    expect(panelEdges('left', false)).toEqual({ left: PANEL_WIDTH_PX, right: 0 });
    expect(panelEdges('right', true)).toEqual({ left: 0, right: PANEL_TAB_WIDTH_PX });
  });
});

describe('page dock', () => {
  it('gives the page a margin on the dock side and holds fixed-width containers to what is left', () => {
    const css = dockRules('right', 300);
    expect(css).toContain('html{margin-right:300px !important;}');
    expect(css).toContain('.container{max-width:100% !important;}');
    expect(dockRules('left', 300)).toContain('margin-left:300px');
  });

  it('restores the page exactly when the room is given back', () => {
    document.documentElement.setAttribute('style', 'margin-right: 3px');
    const before = {
      sheets: [...document.adoptedStyleSheets],
      styles: document.querySelectorAll('style').length,
      inline: document.documentElement.getAttribute('style'),
    };
    const dock = createPageDock(document);
    dock.set({ side: 'right', width: 300 });
    dock.set({ side: 'right', width: 300 });
    const added =
      document.adoptedStyleSheets.length -
      before.sheets.length +
      document.querySelectorAll('style').length -
      before.styles;
    expect(added).toBe(1);
    dock.set(null);
    expect([...document.adoptedStyleSheets]).toEqual(before.sheets);
    expect(document.querySelectorAll('style').length).toBe(before.styles);
    expect(document.documentElement.getAttribute('style')).toBe(before.inline);
    document.documentElement.removeAttribute('style');
  });
});
