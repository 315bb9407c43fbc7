/**
 * Plugs the right codec into the per-record store of this page: plain without a vault,
 * encrypting while unlocked, `lockedCodec` while locked (nothing sealed can be read or written).
 * Pages call `syncRecordCodec` before reading profiles and on every lock change.
 */
import { plainCodec } from '../store/record-codec';
import { setRecordCodec } from '../store/record-store';
import { encryptedCodec, lockedCodec } from './codec';
import {
  type UnlockedKeys,
  VaultLockedError,
  type VaultSession,
  type VaultStatus,
  vaultSession,
} from './session';

let plugged: { keys: UnlockedKeys; mode: string } | null = null;

/** Sets this page's record codec from the vault's state and returns that state. */
export async function syncRecordCodec(session: VaultSession = vaultSession()): Promise<VaultStatus> {
  const status = await session.status();
  if (status === 'unlocked') {
    const [keys, header] = await Promise.all([session.unlockedKeys({ touch: false }), session.header()]);
    if (keys && header) {
      // Plain records are refused once encryption is on; unbound ones until the vault resealed them.
      const strict = header.state === 'on';
      const acceptUnbound = header.records !== 2;
      const mode = `${strict}:${acceptUnbound}`;
      if (plugged?.keys !== keys || plugged.mode !== mode)
        setRecordCodec(
          encryptedCodec(keys.dataKey, {
            strict,
            acceptUnbound,
            ...(keys.previousKey ? { previousKey: keys.previousKey } : {}),
          }),
        );
      plugged = { keys, mode };
      return status;
    }
  }
  // A vault created while this ran (the first-run offer): never plug the plain codec back in.
  if (status === 'none' && (await session.header())) return syncRecordCodec(session);
  plugged = null;
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
