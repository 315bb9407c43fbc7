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
 * uses a key that should have expired) and a timer locks while a page is open.
 */
import { storage } from 'wxt/utils/storage';
import {
  derivePassphraseKey,
  exportRawKey,
  generateDataKey,
  importRawKey,
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
/**
 * Changed on every lock and unlock, so content scripts (which cannot read `storage.session`) ask
 * the background again. Holds only a time.
 */
export const VAULT_SIGNAL_KEY = 'local:vault:signal' as const;

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
}

function parseUnlocked(value: unknown): Unlocked | null {
  if (typeof value !== 'object' || value === null) return null;
  const { key, lastActive } = value as Record<string, unknown>;
  return typeof key === 'string' && typeof lastActive === 'number' ? { key, lastActive } : null;
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
  let cached: { raw: string; key: CryptoKey } | undefined;
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
    if (wasUnlocked) await storage.setItem(VAULT_SIGNAL_KEY, now());
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

  async function remember(dataKey: CryptoKey): Promise<void> {
    const raw = await exportRawKey(dataKey);
    cached = { raw, key: dataKey };
    const lastActive = now();
    await storage.setItem<Unlocked>(VAULT_UNLOCKED_KEY, { key: raw, lastActive });
    await storage.setItem(VAULT_SIGNAL_KEY, lastActive);
    await schedule(lastActive);
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
      const unlocked = parseUnlocked(await storage.getItem<unknown>(VAULT_UNLOCKED_KEY));
      if (!unlocked) {
        cached = undefined;
        return null;
      }
      if (!(await schedule(unlocked.lastActive))) return null;
      if (cached?.raw !== unlocked.key) cached = { raw: unlocked.key, key: await importRawKey(unlocked.key) };
      if (touch) {
        const lastActive = now();
        await storage.setItem<Unlocked>(VAULT_UNLOCKED_KEY, { key: unlocked.key, lastActive });
        await schedule(lastActive);
      }
      return cached.key;
    },

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
      const wrappedKey = await wrapDataKey(dataKey, await derivePassphraseKey(passphrase, kdf));
      const created: VaultHeader = {
        format: 'eikamet-assistant-vault',
        v: 1,
        kdf,
        wrappedKey,
        state: 'encrypting',
      };
      await storage.setItem(VAULT_HEADER_KEY, created);
      await remember(dataKey);
      return dataKey;
    },

    async markEncrypted(): Promise<void> {
      const stored = await header();
      if (stored && stored.state !== 'on')
        await storage.setItem(VAULT_HEADER_KEY, { ...stored, state: 'on' });
    },

    /** Throws `WrongPassphraseError` (nothing changes) when the passphrase does not open the vault. */
    async unlock(passphrase: string): Promise<CryptoKey> {
      const stored = await header();
      if (!stored) throw new Error('no vault');
      const dataKey = await unwrapDataKey(
        stored.wrappedKey,
        await derivePassphraseKey(passphrase, stored.kdf),
      );
      await remember(dataKey);
      return dataKey;
    },

    lock,

    /** Re-wraps the same data key under a new passphrase and salt; no record is rewritten. */
    async changePassphrase(current: string, next: string): Promise<void> {
      const stored = await header();
      if (!stored) throw new Error('no vault');
      const dataKey = await unwrapDataKey(stored.wrappedKey, await derivePassphraseKey(current, stored.kdf));
      const kdf = newKdfParams(Math.max(iterations, stored.kdf.iterations));
      const wrappedKey = await wrapDataKey(dataKey, await derivePassphraseKey(next, kdf));
      await storage.setItem(VAULT_HEADER_KEY, { ...stored, kdf, wrappedKey });
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
