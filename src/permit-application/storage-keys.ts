/**
 * `storage.session` keys of one tab's application (written by the background only; read by
 * the background and by our printable checklist page, never by web pages or content scripts).
 */
export const sessionKey = (tabId: number) => `application:${tabId}`;
/** The printable checklist of a tab, forgotten with its application. */
export const printKey = (tabId: number) => `checklist-print:${tabId}`;
/** The tab id in either key. */
export const TAB_KEY = /^(?:application|checklist-print):(\d+)$/;
