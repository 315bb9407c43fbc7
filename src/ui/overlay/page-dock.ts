/**
 * Gives the open panel its room in the page: the page's root gets a margin the panel's width
 * on the dock side, so the form reflows in the rest of the window instead of lying under the
 * panel. The official site is built on Bootstrap 3, whose `.container` has a fixed width per
 * window size (chosen by media queries on the whole window), so containers are also held to
 * the width left to them; their columns are percentages and follow. Fixed bars and dialogs of
 * the page stop at the panel's edge.
 *
 * The rules live in one stylesheet of ours; folding removes it, which restores the page exactly
 * as it was (nothing of the page's own markup or inline styles is changed). The sheet is
 * adopted by the document where the browser allows it (no element is added, so the page's
 * mutation watchers see nothing), else it is a `<style>` element in <head>.
 */
import type { DockSide } from './panel-layout';

export function dockRules(side: DockSide, width: number): string {
  const px = `${width}px`;
  return [
    `html{margin-${side}:${px} !important;}`,
    '.container{max-width:100% !important;}',
    `.navbar-fixed-top,.navbar-fixed-bottom,.modal{${side}:${px} !important;}`,
  ].join('\n');
}

export interface PageDock {
  /** Reserves `width` pixels at `side`; null gives the room back. Repeats cost nothing. */
  set(reserve: { readonly side: DockSide; readonly width: number } | null): void;
}

export function createPageDock(doc: Document): PageDock {
  let applied = '';
  let remove: (() => void) | null = null;

  const adopt = (css: string): (() => void) => {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
      };
    } catch {
      // Constructed sheets unavailable in this world: an element of our own in <head>.
      const style = doc.createElement('style');
      style.dataset.eikametDock = '';
      style.textContent = css;
      (doc.head ?? doc.documentElement).append(style);
      return () => style.remove();
    }
  };

  return {
    set(reserve) {
      const css = reserve ? dockRules(reserve.side, reserve.width) : '';
      if (css === applied) return;
      remove?.();
      remove = css ? adopt(css) : null;
      applied = css;
    },
  };
}
