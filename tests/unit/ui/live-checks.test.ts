import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changedValues } from '../../../src/features/live-checks/content/live-checks';
import { createSessionClient } from '../../../src/features/live-checks/content/session-client';
import { applyPatch, EMPTY_SESSION } from '../../../src/permit-application/session';
import type { Send } from '../../../src/protocol/send';
import { resetReportedErrors } from '../../../src/ui/overlay/guard';
import { sendHere } from '../background/send-here';

describe('changedValues', () => {
  const session = applyPatch(EMPTY_SESSION, {
    values: {
      birthDate: { value: '01.01.1950' },
      permitType: { value: '1', text: 'Kısa Dönem İkamet İzni' },
    },
  });

  it('returns only the fields whose value or shown text changed', () => {
    expect(
      changedValues(session, {
        birthDate: { value: '01.01.1950' },
        permitType: { value: '1', text: 'Short Term Residence Permit' },
        requestedEnd: { value: '' },
      }),
    ).toEqual({
      permitType: { value: '1', text: 'Short Term Residence Permit' },
      requestedEnd: { value: '' },
    });
  });

  it('returns null when nothing changed, so nothing is sent', () => {
    expect(changedValues(session, { birthDate: { value: '01.01.1950' } })).toBeNull();
  });
});

describe('createSessionClient', () => {
  beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  it('sends every update at once, without waiting for answers, so an unloading page loses none', () => {
    // The background never answers: as when the page unloads right after the last keystroke.
    const ask = vi.fn((_type: string, _payload?: { patch?: unknown }) => new Promise<never>(() => {}));
    const client = createSessionClient(ask as Send);
    void client.update({ values: { birthDate: { value: '04.05' } } });
    void client.update({ values: { birthDate: { value: '04.05.1956' } } });
    void client.end();
    expect(
      ask.mock.calls.map(([type, payload]) => `${type}:${JSON.stringify(payload?.patch ?? null)}`),
    ).toEqual([
      'application-session-update:{"values":{"birthDate":{"value":"04.05"}}}',
      'application-session-update:{"values":{"birthDate":{"value":"04.05.1956"}}}',
      'application-session-end:null',
    ]);
  });

  it('reports a failed update and never rejects', async () => {
    resetReportedErrors();
    const ask = vi.fn(async () => {
      throw new Error('worker restarting');
    });
    await expect(createSessionClient(ask as Send).update({ kind: 'first' })).resolves.toBeUndefined();
    expect(console.warn).toHaveBeenCalled();
  });

  it('loads the session the background remembers for the tab', async () => {
    const send = sendHere({ tab: { id: 41 }, url: 'https://e-ikamet.goc.gov.tr/' });
    const remembered = applyPatch(EMPTY_SESSION, { kind: 'extension' });
    await createSessionClient(send).update({ kind: 'extension' });
    expect(await createSessionClient(send).load()).toEqual(remembered);
  });
});
