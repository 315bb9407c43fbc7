/**
 * Finds out, by reading the page only, whether a badge-sized spot would cover something the
 * user needs: the field itself, another control, a link, an image or a line of text (the
 * captcha's "Refresh" link sits right after its input, for example).
 */
import type { Box, SpotCheck } from './badge-position';

/**
 * Elements a badge must never sit on. Only interactive roles: landmark roles (`main`, `form`)
 * wrap the whole page and would leave no spot free. Labels are not listed: in the site's
 * horizontal forms a label is a wide block, and only its text matters (checked below).
 */
const CONTENT_SELECTOR = [
  'a[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'img',
  'svg',
  'canvas',
  'video',
  'iframe',
  '[contenteditable]',
  '.k-widget',
  ...['button', 'link', 'checkbox', 'radio', 'combobox', 'listbox', 'option', 'textbox', 'switch', 'tab'].map(
    (role) => `[role="${role}"]`,
  ),
].join(', ');

export function createSpotCheck(field: Element, ownHost: Element): SpotCheck {
  return (spot) => {
    for (const [x, y] of probePoints(spot)) {
      // Off-screen spots cannot be checked; take them as free rather than guess.
      if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) continue;
      const hit = topPageElementAt(x, y, ownHost);
      if (!hit || hit === document.body || hit === document.documentElement) continue;
      if (field.contains(hit) || coversContent(hit, spot)) return false;
    }
    return true;
  };
}

/**
 * The page's topmost element at a point, looking through our own host. One hit test in the
 * usual case; the full list (costlier) only where our badges or panel are on top.
 */
function topPageElementAt(x: number, y: number, ownHost: Element): Element | undefined {
  const top = document.elementFromPoint(x, y);
  if (top !== ownHost) return top ?? undefined;
  return document.elementsFromPoint(x, y).find((element) => element !== ownHost);
}

function coversContent(hit: Element, spot: Box): boolean {
  if (hit.closest(CONTENT_SELECTOR)) return true;
  // Plain text directly inside the element under the spot.
  for (const node of hit.childNodes) {
    if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) if (intersects(rect, spot)) return true;
  }
  return false;
}

function probePoints(spot: Box): [number, number][] {
  const inset = 2;
  const left = spot.left + inset;
  const right = spot.left + spot.width - inset;
  const top = spot.top + inset;
  const bottom = spot.top + spot.height - inset;
  return [
    [spot.left + spot.width / 2, spot.top + spot.height / 2],
    [left, top],
    [right, top],
    [left, bottom],
    [right, bottom],
  ];
}

function intersects(a: DOMRect, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.right && a.top < b.top + b.height && b.top < a.bottom;
}
