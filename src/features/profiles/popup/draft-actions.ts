import { type Draft, profileToDraft } from '../../../profile/editor-check';
import type { Profile } from '../../../profile/schema';

/**
 * A copy for a new profile, e.g. a family member: everything but the documents that identify one
 * person (passport, foreigner id, permit card, application number), the given name and birth date.
 */
export function duplicateDraft(profile: Profile): Draft {
  const draft = profileToDraft(profile);
  const {
    givenName: _givenName,
    birthDate: _birthDate,
    passportNumber: _passport,
    passportIssueDate: _issued,
    passportExpiry: _expiry,
    foreignerId: _foreignerId,
    permitCardSerial: _serial,
    permitCardNumber: _card,
    applicationNumber: _application,
    ...kept
  } = draft.text;
  return { ...draft, text: kept, dependantIds: [] };
}
