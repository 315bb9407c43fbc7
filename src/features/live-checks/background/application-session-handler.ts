/**
 * The application in progress, per tab (`src/permit-application/session.ts`).
 *
 * Why the background keeps it rather than the content script writing `storage.session`
 * itself: `storage.session` is reachable from content scripts only after widening its access
 * level for every content script and every tab (`setAccessLevel('TRUSTED_AND_UNTRUSTED_CONTEXTS')`),
 * and the content script would need to learn its own tab id first. Here the tab id comes from
 * the browser (`sender.tab.id`, which a page cannot forge), storage stays closed to web-page
 * processes, and one tab can never read another tab's application. The copy in memory answers
 * fast; the copy in `storage.session` survives the service worker being stopped between steps.
 *
 *   application-session                 → the tab's ApplicationSession
 *   application-session-update { patch } → the tab's ApplicationSession after the patch
 *   application-session-end             → null (the application ended)
 *
 * (Shapes in `src/protocol/protocol.ts`.)
 */
import { browser } from 'wxt/browser';
import type { RequestSender } from '../../../background/router';
import { EIKAMET_ORIGIN } from '../../../background/senders';
import { type ApplicationSession, applyPatch, EMPTY_SESSION } from '../../../permit-application/session';
import { printKey, sessionKey, TAB_KEY } from '../../../permit-application/storage-keys';
import { ProtocolError } from '../../../protocol/errors';
import { type CheckedRequestOf, sessionSchema } from '../../../protocol/protocol';

const sessions = new Map<number, ApplicationSession>();

function tabOf(sender: RequestSender): number {
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0)
    throw new ProtocolError('no-tab', 'only a tab has an application session');
  return tabId;
}

export async function readSession(tabId: number): Promise<ApplicationSession> {
  const cached = sessions.get(tabId);
  if (cached) return cached;
  const key = sessionKey(tabId);
  // Checked like a request: a stored session that does not fit is started afresh.
  const parsed = sessionSchema.safeParse((await browser.storage.session.get(key))[key]);
  const stored = parsed.success ? parsed.data : EMPTY_SESSION;
  sessions.set(tabId, stored);
  return stored;
}

async function writeSession(tabId: number, session: ApplicationSession): Promise<void> {
  sessions.set(tabId, session);
  (await tabsWithSessions()).add(tabId);
  await browser.storage.session.set({ [sessionKey(tabId)]: session });
}

export async function endSession(tabId: number): Promise<void> {
  sessions.delete(tabId);
  (await tabsWithSessions()).delete(tabId);
  await browser.storage.session.remove([sessionKey(tabId), printKey(tabId)]);
}

/**
 * A tab's requests run one after another, in the order they arrived. The content script sends
 * each update without waiting for the previous answer (a page may unload right after its last
 * keystroke), so two updates can be here at once; each must start from the other's result,
 * also when the session has to be read back from `storage.session` first.
 */
const queues = new Map<number, Promise<unknown>>();
function inTabOrder<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(work, work);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(tabId, settled);
  void settled.then(() => {
    if (queues.get(tabId) === settled) queues.delete(tabId);
  });
  return run;
}

export function sessionOfTab(_request: unknown, sender: RequestSender): Promise<ApplicationSession> {
  const tabId = tabOf(sender);
  return inTabOrder(tabId, () => readSession(tabId));
}

export function updateSessionOfTab(
  { patch }: CheckedRequestOf<'application-session-update'>,
  sender: RequestSender,
): Promise<ApplicationSession> {
  const tabId = tabOf(sender);
  return inTabOrder(tabId, async () => {
    const next = applyPatch(await readSession(tabId), patch);
    await writeSession(tabId, next);
    return next;
  });
}

export async function endSessionOfTab(_request: unknown, sender: RequestSender): Promise<null> {
  const tabId = tabOf(sender);
  await inTabOrder(tabId, () => endSession(tabId));
  return null;
}

/**
 * Tabs that have something stored, read once after the worker starts: tab events fire for
 * every tab in the browser, and most of them never visited e-İkamet.
 */
let storedTabs: Promise<Set<number>> | null = null;
function tabsWithSessions(): Promise<Set<number>> {
  storedTabs ??= browser.storage.session.get(null).then(
    (all) =>
      new Set(
        Object.keys(all)
          .map((key) => TAB_KEY.exec(key)?.[1])
          .filter((id): id is string => id !== undefined)
          .map(Number),
      ),
  );
  return storedTabs;
}

function endIfKnown(tabId: number): Promise<void> {
  return inTabOrder(tabId, async () => {
    if (sessions.has(tabId) || (await tabsWithSessions()).has(tabId)) await endSession(tabId);
  });
}

/**
 * A tab that closes or goes to another site ends its application. Without the `tabs`
 * permission the browser tells us a tab's URL only while it is on a host we may access, so a
 * tab whose URL we cannot see has left e-İkamet. Added as the background starts (the feature's
 * `listen`), so that the event can wake a stopped service worker.
 *
 * Only a new address or a finished load is judged: Firefox also reports updates while a tab
 * moves from one e-İkamet page to the next (`status: 'loading'`, `isArticle`) without any URL,
 * which would otherwise end the application on every page load.
 */
export function listenForTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void endIfKnown(tabId).catch(() => {});
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url === undefined && change.status !== 'complete') return;
    const url = change.url ?? tab.url;
    if (url?.startsWith(`${EIKAMET_ORIGIN}/`)) return;
    void endIfKnown(tabId).catch(() => {});
  });
}
