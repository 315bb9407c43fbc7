import type { PermitType } from '../../permits';
import type { TypePlan } from '../types';
import { HUMANITARIAN_PLAN, TRAFFICKING_VICTIM_PLAN } from './ex-officio';
import { FAMILY_PLAN } from './family';
import { LONG_TERM_PLAN } from './long-term';
import { SHORT_TERM_PLAN } from './short-term';
import { STUDENT_PLAN } from './student';

/** One plan per permit type (docs/sources.md#checklists). */
export const PLANS: Readonly<Record<PermitType, TypePlan>> = {
  'short-term': SHORT_TERM_PLAN,
  family: FAMILY_PLAN,
  student: STUDENT_PLAN,
  'long-term': LONG_TERM_PLAN,
  humanitarian: HUMANITARIAN_PLAN,
  'trafficking-victim': TRAFFICKING_VICTIM_PLAN,
};
