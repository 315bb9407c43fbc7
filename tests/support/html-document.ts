/**
 * A page's HTML as a fresh document, for tests that build thousands of them.
 *
 * happy-dom's `DOMParser` keeps every document it makes reachable from the window, so a suite
 * that parses a page per test grows by megabytes per test and spends most of its time in the
 * garbage collector. A document from `createHTMLDocument`, filled through its root element,
 * is the same tree and is freed once the test lets go of it.
 */
export function htmlDocument(html: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  const root = /<html\b([^>]*)>([\s\S]*?)(?:<\/html>\s*)?$/i.exec(html);
  if (!root) {
    doc.body.innerHTML = html;
    return doc;
  }
  // The root's attributes (lang, dir) read by the real parser, off a stand-in element.
  const stand = doc.createElement('div');
  stand.innerHTML = `<span ${root[1]}></span>`;
  for (const attribute of Array.from(stand.firstElementChild?.attributes ?? []))
    doc.documentElement.setAttribute(attribute.name, attribute.value);
  // What a page puts after `</body>` (Kendo appends its popups there) belongs to the body, as
  // in a browser; the root element's fragment parser would drop it.
  doc.documentElement.innerHTML = (root[2] ?? '').replace(/<\/body>/i, '');
  return doc;
}
