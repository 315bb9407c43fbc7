/**
 * `send`, the content script's end of the protocol: the background's answer as it comes, and a
 * refusal as a `ProtocolError` carrying the background's code, so the overlay tells "locked"
 * from any other failure by the code alone.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleRequestsOf, route } from '../../../src/background/router';
import { fillBackground } from '../../../src/features/fill/background';
import { isLockedReply } from '../../../src/features/fill/content/profile-request';
import { vaultSession } from '../../../src/profile/vault/session';
import { ProtocolError } from '../../../src/protocol/errors';
import { send } from '../../../src/protocol/send';

handleRequestsOf(fillBackground);

const EIKAMET_TAB = { tab: { id: 3 }, url: 'https://e-ikamet.goc.gov.tr/Ikamet/OnKayit/Basvuru' };

/** The background as the browser connects it: each message reaches the router, from this tab. */
function connectBackground() {
  return vi
    .spyOn(fakeBrowser.runtime, 'sendMessage')
    .mockImplementation(async (message: unknown) =>
      JSON.parse(JSON.stringify(await route(message, EIKAMET_TAB))),
    );
}

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('send', () => {
  it('sends `{ type, request }` and resolves with the answer', async () => {
    const sendMessage = connectBackground();
    expect(await send('active-profile', {})).toBeNull();
    expect(sendMessage).toHaveBeenCalledWith({ type: 'active-profile', request: {} });
  });

  it('throws the background’s refusal with its code: `locked` while the vault is locked', async () => {
    connectBackground();
    await vaultSession().create('several words make it long');
    await vaultSession().lock();
    const refusal = await send('active-profile', {}).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ProtocolError);
    expect(refusal).toMatchObject({ code: 'locked' });
    expect(isLockedReply(refusal)).toBe(true);
  });

  it('throws `malformed-request` for a request the protocol refuses, and `failed` when nothing answers', async () => {
    connectBackground();
    const malformed = { page: 'wizard-personal', keys: ['notAField'], profileId: 'p-1' } as never;
    await expect(send('fill-values', malformed)).rejects.toMatchObject({ code: 'malformed-request' });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const silent = await send('active-profile', {}).catch((error: unknown) => error);
    expect(silent).toMatchObject({ code: 'failed' });
    expect(isLockedReply(silent)).toBe(false);
  });
});
