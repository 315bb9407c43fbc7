import { browser } from 'wxt/browser';
import { route } from '../src/background/router';
import { watchOlderLayouts } from '../src/profile/store/record-store';
import { syncRecordCodec } from '../src/profile/vault/active-codec';
import { AUTO_LOCK_ALARM, vaultSession } from '../src/profile/vault/session';
import '../src/background/profile-handler';
import '../src/background/assistant-handlers';

// Handlers register themselves on import (one file per request type in src/background/).

export default defineBackground(() => {
  // Only our own extension pages and content scripts can reach this listener.
  browser.runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    return route(message, sender);
  });
  // Auto-lock reaches every tab even when the worker was stopped: the alarm wakes it, it locks,
  // and the lock signal tells the open tabs, which then have nothing to fill from.
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === AUTO_LOCK_ALARM) void vaultSession().checkIdle();
  });
  // Profiles an older version left in `storage.local` (open to content scripts) move out at once.
  watchOlderLayouts(syncRecordCodec);
});
