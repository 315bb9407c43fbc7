/**
 * `{ type: 'checklist-print', print }`, sent when the user presses "Print" in the panel: keeps
 * what the printable page needs in `storage.session` under the tab's key and opens our own
 * extension page `checklist-print.html` beside the tab. That page reads it back (extension pages
 * may read `storage.session`; web pages and content scripts may not) and prints.
 */
import { browser } from 'wxt/browser';
import { printRequestSchema } from '../application/checklist-schema';
import { printKey } from '../application/storage-keys';
import { registerHandler } from './router';

registerHandler('checklist-print', async (request, sender) => {
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number') throw new Error('checklist-print: only a tab can print its checklist');
  const print = printRequestSchema.parse(request.print);
  await browser.storage.session.set({ [printKey(tabId)]: print });
  const url = `${browser.runtime.getURL('/checklist-print.html')}?tab=${tabId}`;
  await browser.tabs.create({ url, openerTabId: tabId });
  return null;
});
