/**
 * The in-page assistant itself, before any feature: the message catalogues of a language and
 * what the content script needs to start (recognition tables, the overlay's stylesheet).
 */
import { messages } from './messages-handler';
import { overlayAssets } from './overlay-assets-handler';
import type { BackgroundFeature } from './router';

export const assistantBackground: BackgroundFeature = {
  name: 'assistant',
  handlers: { messages, 'overlay-assets': overlayAssets },
};
