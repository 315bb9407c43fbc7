/**
 * Each project runs its files one after another in each worker (`isolate: false`), so the
 * libraries (zod, fake-indexeddb, the fake browser, Preact) are imported once per worker, not
 * once per file. A file that keeps state in our modules still starts as if it ran alone (every
 * file of the node project; in the dom project, the files the config names in
 * `freshModuleFiles`): the project's own modules load afresh (a new
 * open store, vault session and codec), the browser's storage and IndexedDB are empty, and
 * nothing the file before it left running can reach this file's storage.
 *
 * That last part matters because the store finds its database through `globalThis.indexedDB`:
 * a timer the previous file's modules set (a list head written after a save, an auto-lock) or a
 * `BroadcastChannel` they opened (Node delivers to every channel of the same name in the
 * process) would otherwise act on, or hear, this file's database.
 */
import { expect, inject, vi } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Paths (or folders) of the files that start fresh; absent: every file. */
    freshModuleFiles?: readonly string[];
  }
}

import { fakeBrowser } from 'wxt/testing/fake-browser';

interface LeftRunning {
  readonly channels: Set<BroadcastChannel>;
  readonly timers: Set<ReturnType<typeof setTimeout>>;
}

const leftRunningKey = Symbol.for('eikamet.tests.leftRunning');
const holder = globalThis as typeof globalThis & { [leftRunningKey]?: LeftRunning };

/** Installed once per worker: channels and timers made from now on are remembered. */
function track(): LeftRunning {
  const channels = new Set<BroadcastChannel>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const NativeChannel = globalThis.BroadcastChannel;
  class TrackedChannel extends NativeChannel {
    constructor(name: string) {
      super(name);
      channels.add(this);
    }
    override close(): void {
      channels.delete(this);
      super.close();
    }
  }
  globalThis.BroadcastChannel = TrackedChannel;
  // Fake timers replace these while a test uses them and put these back after.
  const nativeSetTimeout = globalThis.setTimeout;
  const nativeSetInterval = globalThis.setInterval;
  globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
    const timer = nativeSetTimeout(...args);
    timers.add(timer);
    return timer;
  }) as typeof setTimeout;
  globalThis.setInterval = ((...args: Parameters<typeof setInterval>) => {
    const timer = nativeSetInterval(...args);
    timers.add(timer);
    return timer;
  }) as typeof setInterval;
  return { channels, timers };
}

function startsFresh(): boolean {
  const only = inject('freshModuleFiles');
  const path = (expect.getState().testPath ?? '').replaceAll('\\', '/');
  return only === undefined || only.some((file) => path.includes(`/${file}`));
}

holder[leftRunningKey] ??= track();
if (startsFresh()) {
  const leftRunning = holder[leftRunningKey];
  for (const channel of [...leftRunning.channels]) channel.close();
  for (const timer of leftRunning.timers) clearTimeout(timer);
  leftRunning.timers.clear();
  // Setup files and what they import are kept: the fake browser stays the one `browser` points at.
  vi.resetModules();
  fakeBrowser.reset();
}
