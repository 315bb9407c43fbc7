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

  it("a move to another province: the permit's province differs from the address province, with the move date", () => {
    const mover = (currentPermitProvince: string) =>
      sampleProfile({
        applicationKind: 'extension',
        province: '34',
        situation: { currentPermitProvince, moveDate: '01.12.2026' },
      });
    const moved = ids(profileFindings(mover('06'), TODAY));
    expect(moved).toContain('province-move.deadline');
    expect(moved).not.toContain('address-notification.deadline');
    const stayed = ids(profileFindings(mover('34'), TODAY));
    expect(stayed).toContain('address-notification.deadline');
    expect(stayed.filter((key) => key.startsWith('province-move.'))).toEqual([]);
    // A transfer without a move says nothing about a province move.
    const transfer = sampleProfile({ applicationKind: 'transfer', province: '34' });
    expect(ids(profileFindings(transfer, TODAY)).filter((key) => key.startsWith('province-move.'))).toEqual(
      [],
    );
  });

  it('identity changes, card, refusal, work permit and supporter exceptions reach their rules', () => {
    const profile = sampleProfile({
      applicationKind: 'first',
      permitType: 'family',
      situation: {
        identityChangeDate: '01.12.2026',
        identityChangeKind: 'marital-status',
        cardReceivedDate: '01.12.2026',
        lastRefusalDate: '01.10.2026',
        holdsWorkPermit: true,
        supporterIsCitizen: false,
        supporterHasWorkPermit: true,
      },
    });
    const keys = ids(profileFindings(profile, TODAY));
    expect(keys).toEqual(
      expect.arrayContaining([
        'personal-data-notification.deadline',
        'address-registration.deadline',
        'refusal-reapply.newGroundsNeeded',
        'work-permit.notNeeded',
      ]),
    );
    const renewal = sampleProfile({
      situation: { identityChangeDate: '01.12.2026', identityChangeKind: 'passport-only' },
    });
    expect(ids(profileFindings(renewal, TODAY))).not.toContain('personal-data-notification.deadline');
  });

  it('stores the new answers and refuses a date that is not one', () => {
    const ok = profileSchema.safeParse(
      sampleProfile({
        situation: { moveDate: '29.02.2028', currentPermitProvince: '06', familyPermitYears: 3 },
      }),
    );
    expect(ok.success).toBe(true);
    const bad = profileSchema.safeParse(sampleProfile({ situation: { moveDate: '31.02.2026' } }));
    expect(bad.success).toBe(false);
  });
});
