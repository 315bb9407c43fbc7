import { describe, expect, it } from 'vitest';
import { parseAssessment } from '../../../src/application/assessment-wire';
import { assess } from '../../../src/background/assess-handler';

describe('assess (background) and parseAssessment (content script)', () => {
  it('finds the passport too short for the requested end, and the answer survives the trip', () => {
    const answer = assess({
      values: {
        passportExpiry: { value: '01.03.2027' },
        requestedStart: { value: '01.12.2026' },
        requestedEnd: { value: '01.02.2027' },
        permitType: { value: '1', text: 'Kısa Dönem İkamet İzni' },
        birthDate: { value: '05.03.1990' },
      },
      kind: 'first',
      today: '23.11.2026',
    });
    expect(answer.findings.map((finding) => finding.ruleId)).toContain('passport-validity');
    expect(answer).toMatchObject({ permitType: 'short-term', birthDate: '05.03.1990' });
    expect(parseAssessment(JSON.parse(JSON.stringify(answer)))).toEqual(answer);
  });

  it('refuses malformed requests and answers', () => {
    expect(() => assess({ values: {}, kind: 'first', today: '2026-11-23' })).toThrow();
    expect(() => assess({ values: { captcha: { value: 'x' } }, kind: null, today: '23.11.2026' })).toThrow();
    expect(parseAssessment({ findings: [{ ruleId: 'x' }] })).toBeNull();
    expect(parseAssessment({ findings: [], permitType: 'work' })).toBeNull();
    expect(parseAssessment(null)).toBeNull();
  });
});
