import { browser } from 'wxt/browser';
import { route } from '../src/background/router';
import '../src/background/profile-handler';
import '../src/background/assistant-handlers';

// Handlers register themselves on import (one file per request type in src/background/).

export default defineBackground(() => {
  // Only our own extension pages and content scripts can reach this listener.
  browser.runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    return route(message, sender);
  });
});
