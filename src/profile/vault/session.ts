/**
 * The vault's lock state, shared by the popup, the options page and the background.
 *
 * - `local:vault`: the header (`header.ts`): wrapped data key and KDF parameters, nothing in clear.
 * - `local:vault:idleMinutes`: the auto-lock delay the user chose (not personal).
 * - `session:vault:unlocked`: the raw data key and the time of last use, while unlocked.
 *   `storage.session` lives in memory, is cleared when the browser closes and is not readable by
 *   content scripts; the data key never reaches `storage.local`.
 *
 * Auto-lock: every use checks the idle time first (so a page or a restarted background never
 * uses a key that should have expired, and a fill asks at the moment of the click), a timer locks
 * while a page is open, and an alarm (`chrome.alarms`, which wakes a stopped background) locks when
 * no page is: the lock then reaches every tab through `VAULT_SIGNAL_KEY`.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { VAULT_SIGNAL_KEY } from '../../contracts/storage-keys';
import { base64ToBytes } from './base64';
import {
  derivePassphraseKey,
  exportRawKey,
  generateDataKey,
  importRawKey,
  MAX_PBKDF2_ITERATIONS,
  newKdfParams,
  PBKDF2_ITERATIONS,
  unwrapDataKey,
  WrongPassphraseError,
  wrapDataKey,
} from './crypto';
import { parseVaultHeader, type VaultHeader } from './header';

export const VAULT_HEADER_KEY = 'local:vault' as const;
export const VAULT_IDLE_KEY = 'local:vault:idleMinutes' as const;
export const VAULT_UNLOCKED_KEY = 'session:vault:unlocked' as const;
/** `VAULT_SIGNAL_KEY` in `storage.local`: changed on every lock and unlock, holding only a time. */
const VAULT_SIGNAL_ITEM = `local:${VAULT_SIGNAL_KEY}` as const;

/** The alarm that locks the vault when the idle time has passed (the background listens). */
export const AUTO_LOCK_ALARM = 'vault:auto-lock';

export const DEFAULT_IDLE_MINUTES = 15;
export const IDLE_MINUTE_CHOICES = [1, 5, 15, 30, 60, 240] as const;

export type VaultStatus = 'none' | 'locked' | 'unlocked' | 'corrupt';

/** Asked for personal data while the vault is locked. The message is the router's error text. */
export class VaultLockedError extends Error {
  override readonly name = 'VaultLockedError';
  constructor() {
    super('locked');
  }
}

/** The stored vault header does not parse: it is left as is and reported. */
export class VaultCorruptError extends Error {
  override readonly name = 'VaultCorruptError';
  constructor() {
    super('vault header unreadable');
  }
}

interface Unlocked {
  readonly key: string;
  readonly lastActive: number;
  /** The passphrase key (raw), for exports with the vault's passphrase. */
  readonly wrap?: string;
  /** The data key before a passphrase change, while records are resealed with the new one. */
  readonly previous?: string;
}

function parseUnlocked(value: unknown): Unlocked | null {
  if (typeof value !== 'object' || value === null) return null;
  const { key, lastActive, wrap, previous } = value as Record<string, unknown>;
  if (typeof key !== 'string' || typeof lastActive !== 'number') return null;
  return {
    key,
    lastActive,
    ...(typeof wrap === 'string' ? { wrap } : {}),
    ...(typeof previous === 'string' ? { previous } : {}),
  };
}

/** The keys an unlocked vault holds. */
export interface UnlockedKeys {
  readonly dataKey: CryptoKey;
  readonly previousKey?: CryptoKey;
  readonly passphraseKey?: CryptoKey;
}

function importWrappingKey(raw: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', base64ToBytes(raw), { name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
    'decrypt',
  ]);
}

/** Alarms are missing in some test set-ups; auto-lock then relies on the checks and the timer. */
async function setAlarm(when: number | null): Promise<void> {
  try {
    const alarms = browser.alarms;
    if (!alarms) return;
    if (when === null) await alarms.clear(AUTO_LOCK_ALARM);
    else await alarms.create(AUTO_LOCK_ALARM, { when });
  } catch {
    // Best effort: every use checks the idle time again anyway.
  }
}

export interface VaultSessionOptions {
  readonly now?: () => number;
  /** PBKDF2 iterations for new headers; fewer than 600,000 are refused. */
  readonly iterations?: number;
}

export type VaultSession = ReturnType<typeof createVaultSession>;

export function createVaultSession({
  now = Date.now,
  iterations = PBKDF2_ITERATIONS,
}: VaultSessionOptions = {}) {
  let cached: { raw: Unlocked; keys: UnlockedKeys } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const lockListeners = new Set<() => void>();

  async function header(): Promise<VaultHeader | null> {
    const parsed = parseVaultHeader(await storage.getItem<unknown>(VAULT_HEADER_KEY));
    if (parsed === 'corrupt') throw new VaultCorruptError();
    return parsed;
  }

  async function idleMinutes(): Promise<number> {
    const stored = await storage.getItem<unknown>(VAULT_IDLE_KEY);
    return typeof stored === 'number' && Number.isInteger(stored) && stored > 0 && stored <= 24 * 60
      ? stored
      : DEFAULT_IDLE_MINUTES;
  }

  async function lock(): Promise<void> {
    cached = undefined;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const wasUnlocked = (await storage.getItem<unknown>(VAULT_UNLOCKED_KEY)) !== null;
    await storage.removeItem(VAULT_UNLOCKED_KEY);
    await setAlarm(null);
    if (wasUnlocked) await storage.setItem(VAULT_SIGNAL_ITEM, now());
    for (const listener of lockListeners) listener();
  }

  /** Locks when the idle time has passed; otherwise (re)arms the timer for what is left. */
  async function schedule(lastActive: number): Promise<boolean> {
    const idleMs = (await idleMinutes()) * 60_000;
    const left = lastActive + idleMs - now();
    if (left <= 0) {
      await lock();
      return false;
    }
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void checkIdle(), left);
    await setAlarm(lastActive + idleMs);
    return true;
  }

  async function checkIdle(): Promise<void> {
    const unlocked = parseUnlocked(await storage.getItem<unknown>(VAULT_UNLOCKED_KEY));
    if (!unlocked) {
      cached = undefined;
      return;
    }
    await schedule(unlocked.lastActive);
  }

  async function remember(keys: UnlockedKeys): Promise<void> {
    const lastActive = now();
    const unlocked: Unlocked = {
      key: await exportRawKey(keys.dataKey),
      lastActive,
      ...(keys.passphraseKey ? { wrap: await exportRawKey(keys.passphraseKey) } : {}),
      ...(keys.previousKey ? { previous: await exportRawKey(keys.previousKey) } : {}),
    };
    cached = { raw: unlocked, keys };
    await storage.setItem<Unlocked>(VAULT_UNLOCKED_KEY, unlocked);
    await storage.setItem(VAULT_SIGNAL_ITEM, lastActive);
    await schedule(lastActive);
  }

  const sameKeys = (a: Unlocked, b: Unlocked) =>
    a.key === b.key && a.wrap === b.wrap && a.previous === b.previous;

  /** The unlocked keys, or null when locked (or the idle time has passed: then it locks). */
  async function unlockedKeys({ touch = true } = {}): Promise<UnlockedKeys | null> {
    const unlocked = parseUnlocked(await storage.getItem<unknown>(VAULT_UNLOCKED_KEY));
    if (!unlocked) {
      cached = undefined;
      return null;
    }
    if (!(await schedule(unlocked.lastActive))) return null;
    if (!cached || !sameKeys(cached.raw, unlocked)) {
      const [dataKey, previousKey, passphraseKey] = await Promise.all([
        importRawKey(unlocked.key),
        unlocked.previous === undefined ? undefined : importRawKey(unlocked.previous),
        unlocked.wrap === undefined ? undefined : importWrappingKey(unlocked.wrap),
      ]);
      cached = {
        raw: unlocked,
        keys: {
          dataKey,
          ...(previousKey ? { previousKey } : {}),
          ...(passphraseKey ? { passphraseKey } : {}),
        },
      };
    }
    if (touch) {
      const lastActive = now();
      await storage.setItem<Unlocked>(VAULT_UNLOCKED_KEY, { ...unlocked, lastActive });
      await schedule(lastActive);
    }
    return cached.keys;
  }

  return {
    header,
    idleMinutes,
    async setIdleMinutes(minutes: number): Promise<void> {
      if (!Number.isInteger(minutes) || minutes <= 0 || minutes > 24 * 60)
        throw new RangeError('idle minutes');
      await storage.setItem(VAULT_IDLE_KEY, minutes);
      await checkIdle();
    },

    async status(): Promise<VaultStatus> {
      let stored: VaultHeader | null;
      try {
        stored = await header();
      } catch {
        return 'corrupt';
      }
      if (!stored) return 'none';
      return (await this.dataKey({ touch: false })) ? 'unlocked' : 'locked';
    },

    /**
     * The unlocked data key, or null when locked (or the idle time has passed: then it locks).
     * `touch` (the default) counts this as activity.
     */
    async dataKey({ touch = true } = {}): Promise<CryptoKey | null> {
      return (await unlockedKeys({ touch }))?.dataKey ?? null;
    },

    unlockedKeys,

    /** Locks when the idle time has passed (the auto-lock alarm, a page's timer). */
    checkIdle,

    /** `dataKey`, or `VaultLockedError`. */
    async requireKey(): Promise<CryptoKey> {
      const key = await this.dataKey();
      if (!key) throw new VaultLockedError();
      return key;
    },

    /**
     * A new vault: random data key wrapped by the passphrase. The header is written in state
     * `encrypting` first (so the key is recoverable before any record is sealed) and the vault is
     * left unlocked. Refused when a vault exists.
     */
    async create(passphrase: string): Promise<CryptoKey> {
      if (await header()) throw new Error('a vault already exists');
      const kdf = newKdfParams(iterations);
      const dataKey = await generateDataKey();
      const passphraseKey = await derivePassphraseKey(passphrase, kdf, { extractable: true });
      const wrappedKey = await wrapDataKey(dataKey, passphraseKey);
      const created: VaultHeader = {
        format: 'eikamet-assistant-vault',
        v: 1,
        kdf,
        wrappedKey,
        state: 'encrypting',
      };
      await storage.setItem(VAULT_HEADER_KEY, created);
      await remember({ dataKey, passphraseKey });
      return dataKey;
    },

    /**
     * Every record is sealed with the current key in the bound format: the vault is on, the previous
     * key (after a passphrase change) is dropped, here and in this session.
     */
    async markEncrypted(): Promise<void> {
      const stored = await header();
      if (!stored || (stored.state === 'on' && stored.records === 2 && !stored.previousKey)) return;
      const { previousKey: _dropped, ...rest } = stored;
      await storage.setItem<VaultHeader>(VAULT_HEADER_KEY, { ...rest, state: 'on', records: 2 });
      const unlocked = parseUnlocked(await storage.getItem<unknown>(VAULT_UNLOCKED_KEY));
      if (unlocked?.previous !== undefined) {
        const { previous: _gone, ...kept } = unlocked;
        await storage.setItem<Unlocked>(VAULT_UNLOCKED_KEY, kept);
      }
    },

    /** Throws `WrongPassphraseError` (nothing changes) when the passphrase does not open the vault. */
    async unlock(passphrase: string): Promise<CryptoKey> {
      const stored = await header();
      if (!stored) throw new Error('no vault');
      const passphraseKey = await derivePassphraseKey(passphrase, stored.kdf, { extractable: true });
      const dataKey = await unwrapDataKey(stored.wrappedKey, passphraseKey);
      const previousKey = stored.previousKey
        ? await unwrapDataKey(stored.previousKey, passphraseKey)
        : undefined;
      await remember({ dataKey, passphraseKey, ...(previousKey ? { previousKey } : {}) });
      return dataKey;
    },

    lock,

    /**
     * A new passphrase and salt. With `rekey`, also a new data key: the header keeps the old one
     * (wrapped by the new passphrase) until every record is resealed with the new one, in
     * batches, by `resumeIfUnfinished` (which a stopped run also reaches at the next unlock).
     * Without it, the same data key is re-wrapped and no record is rewritten.
     */
    async changePassphrase(current: string, next: string, { rekey = false } = {}): Promise<void> {
      const stored = await header();
      if (!stored) throw new Error('no vault');
      const currentKey = await derivePassphraseKey(current, stored.kdf);
      const dataKey = await unwrapDataKey(stored.wrappedKey, currentKey);
      // A rekey that had not finished keeps its oldest key: some records may still be sealed with it.
      const unfinished = stored.previousKey ? await unwrapDataKey(stored.previousKey, currentKey) : undefined;
      const kdf = newKdfParams(Math.min(Math.max(iterations, stored.kdf.iterations), MAX_PBKDF2_ITERATIONS));
      const passphraseKey = await derivePassphraseKey(next, kdf, { extractable: true });
      if (!rekey) {
        const previousKey = unfinished ? await wrapDataKey(unfinished, passphraseKey) : undefined;
        await storage.setItem<VaultHeader>(VAULT_HEADER_KEY, {
          ...stored,
          kdf,
          wrappedKey: await wrapDataKey(dataKey, passphraseKey),
          ...(previousKey ? { previousKey } : {}),
        });
        if (await unlockedKeys({ touch: false }))
          await remember({ dataKey, passphraseKey, ...(unfinished ? { previousKey: unfinished } : {}) });
        return;
      }
      if (unfinished) throw new Error('a change of key is still being finished; unlock again first');
      const newKey = await generateDataKey();
      await storage.setItem<VaultHeader>(VAULT_HEADER_KEY, {
        ...stored,
        kdf,
        wrappedKey: await wrapDataKey(newKey, passphraseKey),
        previousKey: await wrapDataKey(dataKey, passphraseKey),
      });
      await remember({ dataKey: newKey, previousKey: dataKey, passphraseKey });
    },

    /** Calls back when this page locks (by hand, by the timer, or on finding the key expired). */
    onLock(listener: () => void): () => void {
      lockListeners.add(listener);
      return () => lockListeners.delete(listener);
    },

    /** Locks in every page: `storage.session` changes are seen by all of them. */
    watch(onChange: () => void): () => void {
      const unwatchKey = storage.watch(VAULT_UNLOCKED_KEY, onChange);
      const unwatchHeader = storage.watch(VAULT_HEADER_KEY, onChange);
      return () => {
        unwatchKey();
        unwatchHeader();
      };
    },
  };
}

export { WrongPassphraseError };

let shared: VaultSession | undefined;
/** This page's vault session (popup, options or background). */
export function vaultSession(): VaultSession {
  shared ??= createVaultSession();
  return shared;
}
