/**
 * The at-a-glance entries after a save are worked out for the changed profiles only and moved
 * into place: they must always be exactly what working them out for every profile gives.
 */
import { addDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTrDate } from '../../../src/domain/dates';
import { type GlanceEntry, glance } from '../../../src/profile/glance';
import type { Profile } from '../../../src/profile/schema';
import { sampleProfile } from './helpers';

const TODAY = new Date(2026, 4, 4);
const date = (days: number) => formatTrDate(addDays(TODAY, days));

/** Dates from well past to well ahead, so every kind of entry (and many equal ones) turns up. */
const dates = fc.record({
  permitEnd: fc.integer({ min: -120, max: 120 }),
  passportExpiry: fc.integer({ min: 30, max: 900 }),
  requested: fc.option(fc.integer({ min: 200, max: 800 }), { nil: undefined }),
});
type Dates = typeof dates extends fc.Arbitrary<infer T> ? T : never;

let nextId = 0;
const profileWith = (values: Dates, id = `p-${nextId++}`): Profile =>
  sampleProfile({
    id,
    currentPermitEnd: date(values.permitEnd),
    passportExpiry: date(values.passportExpiry),
    ...(values.requested === undefined ? {} : { requestedEnd: date(values.requested) }),
  });

const summary = (entries: readonly GlanceEntry[]) =>
  entries.map((entry) => [entry.profile.id, entry.kind, entry.daysLeft, entry.finding.messageKey]);

/** Every profile a new object: too many changes to move, so every entry is worked out again. */
const workedOutAgain = (profiles: readonly Profile[]) =>
  glance(
    profiles.map((profile) => ({ ...profile })),
    TODAY,
  );

const change = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), dates }),
  fc.record({ kind: fc.constant('append' as const), dates }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
);

describe('the at-a-glance entries after a change', () => {
  it('equal the entries worked out for every profile, after any replaced, added or removed ones', () => {
    fc.assert(
      fc.property(
        fc.array(dates, { minLength: 17, maxLength: 40 }),
        fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 6 }),
        (initial, steps) => {
          let profiles = initial.map((values) => profileWith(values));
          glance(profiles, TODAY);
          for (const step of steps) {
            const next = [...profiles];
            for (const one of step) {
              if (one.kind === 'replace') {
                const at = one.at % next.length;
                next[at] = profileWith(one.dates, (next[at] as Profile).id);
              } else if (one.kind === 'append') next.push(profileWith(one.dates));
              else if (next.length > 17) next.splice(one.at % next.length, 1);
            }
            const moved = glance(next, TODAY);
            expect(summary(moved)).toEqual(summary(workedOutAgain(next)));
            // The entries name the very profiles in the list (the popup opens them by identity).
            for (const entry of moved) expect(next).toContain(entry.profile);
            glance(next, TODAY);
            profiles = next;
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
