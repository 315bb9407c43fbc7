/**
 * The codec the storage layer uses right now: plain without a vault, encrypting while unlocked.
 * While locked it throws `VaultLockedError`: nothing personal can be read or written.
 */
import { plainCodec, type RecordCodec } from '../store/record-codec';
import { encryptedCodec } from './codec';
import { VaultLockedError, type VaultSession, vaultSession } from './session';

export async function currentRecordCodec(session: VaultSession = vaultSession()): Promise<RecordCodec> {
  if (!(await session.header())) return plainCodec;
  const key = await session.dataKey();
  if (!key) throw new VaultLockedError();
  return encryptedCodec(key);
}
