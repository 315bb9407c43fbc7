/**
 * Plugs the right codec into the per-record store of this page: plain without a vault,
 * encrypting while unlocked, `lockedCodec` while locked (nothing sealed can be read or written).
 * Pages call `syncRecordCodec` before reading profiles and on every lock change.
 */
import { plainCodec } from '../store/record-codec';
import { setRecordCodec } from '../store/record-store';
import { encryptedCodec, lockedCodec } from './codec';
import { VaultLockedError, type VaultSession, type VaultStatus, vaultSession } from './session';

let pluggedKey: CryptoKey | null = null;

/** Sets this page's record codec from the vault's state and returns that state. */
export async function syncRecordCodec(session: VaultSession = vaultSession()): Promise<VaultStatus> {
  const status = await session.status();
  if (status === 'unlocked') {
    const key = await session.dataKey({ touch: false });
    if (key) {
      if (key !== pluggedKey) setRecordCodec(encryptedCodec(key));
      pluggedKey = key;
      return status;
    }
  }
  // A vault created while this ran (the first-run offer): never plug the plain codec back in.
  if (status === 'none' && (await session.header())) return syncRecordCodec(session);
  pluggedKey = null;
  setRecordCodec(status === 'none' ? plainCodec : lockedCodec);
  return status === 'unlocked' ? 'locked' : status;
}

/**
 * For the background before it answers with personal data: `VaultLockedError` while a vault
 * exists and is locked. A request from a page does not count as use (it would keep the vault
 * unlocked for as long as an e-İkamet tab is open).
 */
export async function assertVaultOpen(session: VaultSession = vaultSession()): Promise<void> {
  if ((await syncRecordCodec(session)) === 'locked') throw new VaultLockedError();
}
