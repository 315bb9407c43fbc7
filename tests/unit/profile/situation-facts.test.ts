import { describe, expect, it } from 'vitest';
import { profileFindings } from '../../../src/profile/facts';
import { profileSchema } from '../../../src/profile/schema';
import { sampleProfile } from './helpers';

const TODAY = new Date(2026, 11, 5);
const ids = (findings: { messageKey: string }[]) => findings.map((finding) => finding.messageKey);

describe('situation answers that only rules use reach the rules from a stored profile', () => {
  it('14 months on tourism permits: the one-year warning for a tourism application, never a block', () => {
    const tourist = (months?: number) =>
      sampleProfile({
        permitType: 'short-term',
        permitPurpose: 'tourism',
        ...(months === undefined ? {} : { situation: { tourismPermitMonths: months } }),
      });
    const reached = profileFindings(tourist(14), TODAY).filter((f) => f.ruleId === 'tourism-permit');
    expect(reached.find((f) => f.messageKey === 'tourism-permit.oneYearReached')).toMatchObject({
      severity: 'warning',
      params: { months: 14, limitMonths: 12 },
    });
    expect(ids(profileFindings(tourist(11), TODAY))).not.toContain('tourism-permit.oneYearReached');
    expect(ids(profileFindings(tourist(), TODAY))).not.toContain('tourism-permit.oneYearReached');
  });

  it('two Turkish-course permits before: the limit error for a third', () => {
    const learner = (before: number) =>
      sampleProfile({
        permitType: 'short-term',
        permitPurpose: 'turkish-course',
        situation: { turkishCoursePermitsBefore: before },
      });
    expect(ids(profileFindings(learner(2), TODAY))).toContain('turkish-course-limit.reached');
    expect(ids(profileFindings(learner(1), TODAY))).not.toContain('turkish-course-limit.reached');
  });

  it('the graduate permit used before: the once-only error', () => {
    const graduate = sampleProfile({
      permitType: 'short-term',
      permitPurpose: 'graduate',
      situation: { graduatePermitUsedBefore: true },
    });
    expect(ids(profileFindings(graduate, TODAY))).toContain('graduate-window.usedBefore');
  });

  it('refuses counts that are not whole numbers from 0 to the list’s top entry', () => {
    const withMonths = (months: unknown) =>
      profileSchema.safeParse({ ...sampleProfile(), situation: { tourismPermitMonths: months } }).success;
    expect(withMonths(0)).toBe(true);
    expect(withMonths(60)).toBe(true);
    expect(withMonths(61)).toBe(false);
    expect(withMonths(-1)).toBe(false);
    expect(withMonths(1.5)).toBe(false);
    expect(withMonths('14')).toBe(false);
  });
});
