/**
 * Reading page-controlled text. Everything here goes through `textContent` / attributes:
 * page text is data, never markup, and is never written back into any document.
 */

/** Subtrees whose text is never page wording: scripts, option lists, free-text values. */
const NON_TEXT_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'SELECT',
  'OPTION',
  'TEXTAREA',
]);

/** Buttons inside a label column are help icons ("?"), not part of the label. */
const NON_LABEL_TAGS: ReadonlySet<string> = new Set([...NON_TEXT_TAGS, 'BUTTON']);

const INLINE_HIDDEN = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * Classes of Kendo's internals (popups, option lists, the displayed value of a drop-down)
 * and of tooltips: their text is never a label or a heading.
 */
const SKIPPED_CLASS =
  /\b(k-popup|k-animation-container|k-list-container|k-list|k-input-value-text|tooltip|popover)\b/;

function isSkipped(element: Element, tags: ReadonlySet<string>): boolean {
  if (tags.has(element.tagName)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  if (element.getAttribute('role') === 'tooltip') return true;
  const style = element.getAttribute('style');
  if (style !== null && INLINE_HIDDEN.test(style)) return true;
  const className = element.getAttribute('class');
  return className !== null && SKIPPED_CLASS.test(className);
}

/**
 * The text a reader would take as the element's own text, whitespace collapsed: skips
 * scripts, form controls, hidden parts and tooltips inside it.
 */
export function visibleText(element: Element): string {
  const parts: string[] = [];
  collectText(element, parts);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function collectText(node: Node, parts: string[]): void {
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      const text = child.textContent;
      if (text) parts.push(text);
    } else if (child.nodeType === ELEMENT_NODE && !isSkipped(child as Element, NON_LABEL_TAGS)) {
      collectText(child, parts);
    }
  }
}

// Node.TEXT_NODE / ELEMENT_NODE, without depending on a global `Node` (tests may pass a
// document from another window).
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * All visible text of a subtree, up to `limit` characters, for page-level phrase matching.
 * Skips the same parts as `visibleText`, so Kendo option lists (which may contain words like
 * "geçiş" inside permit-purpose options) do not leak into page signatures.
 */
export function pageText(root: Element, limit: number): string {
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child !== null && length < limit; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const text = child.textContent;
        if (text?.trim()) {
          parts.push(text);
          length += text.length;
        }
      } else if (child.nodeType === ELEMENT_NODE && !isSkipped(child as Element, NON_TEXT_TAGS)) {
        const element = child as Element;
        // Submit and button inputs carry their caption in `value` ("Tekrar Gönder").
        if (element.tagName === 'INPUT' && /^(submit|button)$/i.test(element.getAttribute('type') ?? '')) {
          const caption = element.getAttribute('value') ?? '';
          parts.push(caption);
          length += caption.length;
        } else {
          walk(element);
        }
      }
    }
  };
  walk(root);
  return parts.join(' ');
}
