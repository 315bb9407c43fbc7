import { browser } from 'wxt/browser';
import { assistantBackground } from '../src/background/assistant';
import { registerBackground, route } from '../src/background/router';
import { checklistBackground } from '../src/features/checklist/background';
import { fillBackground } from '../src/features/fill/background';
import { liveChecksBackground } from '../src/features/live-checks/background';
import { profilesBackground } from '../src/features/profiles/background';
import { teachBackground } from '../src/features/teach/background';

export default defineBackground(() => {
  // Only our own extension pages and content scripts can reach this listener.
  browser.runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    return route(message, sender);
  });
  // One call per feature (src/features/<feature>/background/index.ts). Listeners are added
  // here, as the worker starts, so that their events can wake a stopped worker.
  registerBackground(assistantBackground);
  registerBackground(fillBackground);
  registerBackground(liveChecksBackground);
  registerBackground(checklistBackground);
  registerBackground(teachBackground);
  registerBackground(profilesBackground);
});
