/**
 * `checklist-print { print }`, sent when the user presses "Print" in the panel: keeps
 * what the printable page needs in `storage.session` under the tab's key and opens our own
 * extension page `checklist-print.html` beside the tab. That page reads it back (extension pages
 * may read `storage.session`; web pages and content scripts may not) and prints.
 */
import { browser } from 'wxt/browser';
import type { RequestSender } from '../../../background/router';
import { printKey } from '../../../permit-application/storage-keys';
import { ProtocolError } from '../../../protocol/errors';
import type { CheckedRequestOf } from '../../../protocol/protocol';

export async function checklistPrint(
  { print }: CheckedRequestOf<'checklist-print'>,
  sender: RequestSender,
): Promise<null> {
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number') throw new ProtocolError('no-tab', 'only a tab can print its checklist');
  await browser.storage.session.set({ [printKey(tabId)]: print });
  const url = `${browser.runtime.getURL('/checklist-print.html')}?tab=${tabId}`;
  await browser.tabs.create({ url, openerTabId: tabId });
  return null;
}
