import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyPatch, EMPTY_SESSION } from '../../../src/application/session';
import { changedValues } from '../../../src/ui/overlay/live/live-checks';
import { createSessionClient } from '../../../src/ui/overlay/live/session-client';

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

  it('sends updates one after another, in order, even when one fails', async () => {
    const sent: string[] = [];
    let calls = 0;
    const ask = vi.fn(async (type: string, payload?: Record<string, unknown>) => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, calls === 1 ? 20 : 0));
      sent.push(`${type}:${JSON.stringify(payload?.patch ?? null)}`);
      if (calls === 2) throw new Error('worker restarting');
      return null;
    });
    const client = createSessionClient(ask);
    client.update({ kind: 'first' });
    client.update({ ticks: ['a'] });
    client.end();
    await vi.waitFor(() => expect(sent).toHaveLength(3));
    expect(sent).toEqual([
      'application-session-update:{"kind":"first"}',
      'application-session-update:{"ticks":["a"]}',
      'application-session-end:null',
    ]);
  });

  it('loads a remembered session, and an empty one when the answer is malformed', async () => {
    const remembered = applyPatch(EMPTY_SESSION, { kind: 'extension' });
    expect(await createSessionClient(async () => remembered).load()).toEqual(remembered);
    expect(await createSessionClient(async () => ({ kind: 'nonsense' })).load()).toEqual(EMPTY_SESSION);
  });
});
