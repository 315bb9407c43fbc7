/**
 * Profiles in the background: the vault locks itself after its idle time even when the
 * service worker was stopped (its alarm wakes it), and profiles an older version left in
 * `storage.local`, which content scripts can read, move into the store at once.
 */
import { browser } from 'wxt/browser';
import type { BackgroundFeature } from '../../../background/router';
import { watchOlderLayouts } from '../../../profile/store/record-store';
import { syncRecordCodec } from '../../../profile/vault/active-codec';
import { AUTO_LOCK_ALARM, vaultSession } from '../../../profile/vault/session';

export const profilesBackground: BackgroundFeature = {
  name: 'profiles',
  handlers: {},
  listen() {
    // The lock signal then tells the open tabs, which have nothing to fill from.
    browser.alarms?.onAlarm.addListener((alarm) => {
      if (alarm.name === AUTO_LOCK_ALARM) void vaultSession().checkIdle();
    });
    watchOlderLayouts(syncRecordCodec);
  },
};
