import { addressNotification } from './address-notification';
import { addressRegistration } from './address-registration';
import { appointmentAttendance } from './appointment-attendance';
import { closedNeighbourhood } from './closed-neighbourhood';
import { conditionalEntry } from './conditional-entry';
import { decisionTime } from './decision-time';
import { durationCap } from './duration-cap';
import { extendedPermitStart } from './extended-permit-start';
import { extensionWindow } from './extension-window';
import { familyIncome } from './family-income';
import { familyInsurance } from './family-insurance';
import { familyToShortTerm } from './family-to-short-term';
import { feeNotice } from './fee-notice';
import { graduateWindow } from './graduate-window';
import { insuranceAge } from './insurance-age';
import { insuranceCover } from './insurance-cover';
import { insurancePeriod } from './insurance-period';
import { lawfulStay } from './lawful-stay';
import { longTermConditions } from './long-term-conditions';
import { longTermExtension } from './long-term-extension';
import { newbornPermit } from './newborn-permit';
import { passportValidity } from './passport-validity';
import { permitLapse } from './permit-lapse';
import { personalDataNotification } from './personal-data-notification';
import { provinceMove } from './province-move';
import { refusalReapply } from './refusal-reapply';
import { schoolChange } from './school-change';
import { spouseAge } from './spouse-age';
import { stay90In180 } from './stay-90-180';
import type { Rule } from './support/rule';
import { supporterPermitEnd } from './supporter-permit-end';
import { supporterResidence } from './supporter-residence';
import { tourismPermit } from './tourism-permit';
import { travelWhilePending } from './travel-while-pending';
import { turkishCourseLimit } from './turkish-course-limit';
import { workPermit } from './work-permit';

export type { Rule } from './support/rule';

/** Every rule, in rulebook order (timing, passport, insurance, durations, family, long-term, notices). */
export const RULES: readonly Rule[] = [
  workPermit,
  lawfulStay,
  stay90In180,
  conditionalEntry,
  refusalReapply,
  extensionWindow,
  extendedPermitStart,
  appointmentAttendance,
  decisionTime,
  travelWhilePending,
  permitLapse,
  passportValidity,
  insurancePeriod,
  insuranceAge,
  insuranceCover,
  familyInsurance,
  durationCap,
  turkishCourseLimit,
  tourismPermit,
  graduateWindow,
  supporterPermitEnd,
  longTermExtension,
  familyIncome,
  supporterResidence,
  spouseAge,
  familyToShortTerm,
  longTermConditions,
  closedNeighbourhood,
  addressRegistration,
  addressNotification,
  provinceMove,
  schoolChange,
  personalDataNotification,
  newbornPermit,
  feeNotice,
];
