import { describe, expect, it } from 'vitest';
import { handleRequestsOf, route } from '../../../src/background/router';
import { liveChecksBackground } from '../../../src/features/live-checks/background';

handleRequestsOf(liveChecksBackground);

const request = {
  values: {
    passportExpiry: { value: '01.03.2027' },
    requestedStart: { value: '01.12.2026' },
    requestedEnd: { value: '01.02.2027' },
    permitType: { value: '1', text: 'Kısa Dönem İkamet İzni' },
    birthDate: { value: '05.03.1990' },
  },
  kind: 'first',
  today: '23.11.2026',
};

describe('assess, through the router', () => {
  it('finds the passport too short for the requested end, and the answer survives the trip', async () => {
    const reply = await route({ type: 'assess', request });
    if (!reply.ok) throw new Error(`refused: ${reply.error.code}`);
    const answer = reply.value as { findings: { ruleId: string }[] };
    expect(answer.findings.map((finding) => finding.ruleId)).toContain('passport-validity');
    expect(answer).toMatchObject({ permitType: 'short-term', birthDate: '05.03.1990' });
    expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
  });

  it('refuses a malformed request as such: a wrong date, a field the session never keeps, a kind it does not know', async () => {
    for (const malformed of [
      { ...request, today: '2026-11-23' },
      { ...request, today: '31.02.2026' },
      { ...request, values: { captcha: { value: 'x' } } },
      { ...request, kind: 'renewal' },
      { values: request.values },
    ]) {
      expect(await route({ type: 'assess', request: malformed })).toMatchObject({
        ok: false,
        error: { code: 'malformed-request' },
      });
    }
  });
});
