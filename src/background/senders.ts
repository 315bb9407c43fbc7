import type { RequestSender } from './router';

/** The one origin whose tabs the content script runs in (`wxt.config.ts` grants only this host). */
export const EIKAMET_ORIGIN = 'https://e-ikamet.goc.gov.tr';

/** Whether a request comes from a tab showing e-İkamet (where the content script runs). */
export function fromEikametTab(sender: RequestSender): boolean {
  if (sender.tab === undefined || typeof sender.url !== 'string') return false;
  try {
    return new URL(sender.url).origin === EIKAMET_ORIGIN;
  } catch {
    return false;
  }
}
