/**
 * Profiles through the popup, as a person keeps them: one created in the popup and chosen for
 * the e-İkamet tabs, filled into a wizard step with Kendo widgets and undone, also under a
 * strict Content-Security-Policy where the Kendo bridge must still run; the vault turned on,
 * locked and unlocked; 10,000 profiles imported and still there when the popup opens again.
 */
import { writeFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import type { ReplicaTab, Tab } from '../support/driver';
import { WIZARD_PATHS as PATHS } from '../support/replica-texts';
import { expectHandsOff, type Scenario, type ScenarioEnv } from './env';

export const PERSON = {
  givenName: 'Omar',
  surname: 'Haddad',
  passportNumber: 'N12345678',
  passportIssueDate: '01.02.2020',
  passportExpiry: '01.02.2030',
  passportIssuingAuthority: 'Damascus',
  /** Typed into the focused country list: the browser's type-ahead picks Syria. */
  countryTypeAhead: 'Syria',
} as const;

/** Codes the replica's Kendo lists use for an ordinary passport and Syria. */
const ORDINARY_PASSPORT_CODE = '1';
const SYRIA_CODE = '760';

export async function openPopup(env: ScenarioEnv): Promise<Tab> {
  const popup = await env.popupTab();
  // A fresh browser: the first-run offer to encrypt stands before the profiles. "Not now", as
  // most people answer; the vault scenario turns encryption on later, from the popup's settings.
  const shown = (selector: string) => popup.describe('page', selector).then((facts) => facts.visible);
  await expect
    .poll(async () => (await shown('[data-app="popup"]')) || (await shown('[data-vault-dismiss]')), {
      timeout: 10_000,
    })
    .toBe(true);
  if (await shown('[data-vault-dismiss]')) await popup.click('page', '[data-vault-dismiss]');
  await popup.expectVisible('page', '[data-app="popup"]');
  await popup.expectAttribute('page', '[data-profile-list]', 'data-profile-list', '');
  return popup;
}

/** Focuses a `<select>` and chooses by keyboard, as a person without a mouse does. */
async function chooseByKeyboard(
  popup: Tab,
  selector: string,
  keys: readonly string[],
  typed = '',
): Promise<void> {
  await popup.evaluate((target) => (document.querySelector(target) as HTMLSelectElement).focus(), selector);
  for (const key of keys) await popup.press(key);
  if (typed) await popup.port.type(typed);
}

/** Creates the profile in the popup's editor and chooses it for filling. */
export async function createAndChooseProfile(popup: Tab): Promise<void> {
  await popup.click('page', '[data-action="new"]');
  await popup.typeInto('page', '#field-givenName', PERSON.givenName);
  await popup.typeInto('page', '#field-surname', PERSON.surname);
  // The editor opens with the form's first sections; the passport's is folded until opened.
  await popup.click('page', '[data-section="passport"] > summary');
  await chooseByKeyboard(popup, '#field-passportType', ['ArrowDown']);
  await popup.expectValue('page', '#field-passportType', 'ordinary');
  await popup.typeInto('page', '#field-passportNumber', PERSON.passportNumber);
  await popup.typeInto('page', '#field-passportIssueDate', PERSON.passportIssueDate);
  await popup.typeInto('page', '#field-passportExpiry', PERSON.passportExpiry);
  await chooseByKeyboard(popup, '#field-passportIssuingCountry', [], PERSON.countryTypeAhead);
  await popup.expectValue('page', '#field-passportIssuingCountry', 'SY');
  await popup.typeInto('page', '#field-passportIssuingAuthority', PERSON.passportIssuingAuthority);
  await popup.click('page', '[data-action="save"]');
  const row = '[data-profile-list] [data-profile-id]';
  await popup.expectCount('page', row, 1);
  await popup.click('page', `${row} [data-use-profile]`);
  await popup.expectAttribute('page', `${row} [data-use-profile]`, 'aria-pressed', 'true');
  await popup.expectText('page', '[data-active-profile]', /Haddad/);
}

/** Fills the passport step from the chosen profile, checks page and widgets, and undoes it. */
async function fillAndUndoPassportStep(tab: ReplicaTab): Promise<void> {
  // The person types the issuing authority before asking: the fill keeps it.
  await tab.typeInto('page', '#SeyahatBelgesi_VerenMakam', 'ALEPPO OFFICE');
  await tab.expectText('overlay', '[data-action="fill"]', /Haddad/);
  await tab.click('overlay', '[data-action="fill"]');
  const summary = '[data-fill-summary]';
  await tab.expectVisible('overlay', summary);
  for (const key of [
    'passportType',
    'passportNumber',
    'passportIssueDate',
    'passportExpiry',
    'passportIssuingCountry',
  ])
    await tab.expectCount('overlay', `${summary} [data-fill-result="filled"][data-field="${key}"]`, 1);
  await tab.expectAttribute(
    'overlay',
    `${summary} [data-fill-result="skipped"][data-field="passportIssuingAuthority"]`,
    'data-reason',
    'user-typed',
  );
  // The page's own hidden input holds the code; the widget shows the text.
  for (const [id, code] of [
    ['#SeyahatBelgesi_BelgeTuru', ORDINARY_PASSPORT_CODE],
    ['#SeyahatBelgesi_VerenUlke', SYRIA_CODE],
  ] as const) {
    const state = await tab.kendoState(id);
    expect(state, id).toMatchObject({ widgetValue: code, inputValue: code });
    expect(state?.widgetText, id).not.toBe('');
    expect(
      await tab.describe('page', `.k-dropdownlist:has(${id}) .k-input-value-text`).then((f) => f.text),
    ).toBe(state?.widgetText);
  }
  await tab.expectValue('page', '#SeyahatBelgesi_BelgeNo', PERSON.passportNumber);
  await tab.expectValue('page', '#SeyahatBelgesi_GecerlilikTarihi', PERSON.passportExpiry);
  expect(await tab.kendoState('#SeyahatBelgesi_GecerlilikTarihi')).toMatchObject({
    widgetValue: PERSON.passportExpiry,
  });

  await tab.click('overlay', '[data-action="undo-fill"]');
  await tab.expectAttribute('overlay', summary, 'data-fill-state', 'undone');
  for (const id of ['#SeyahatBelgesi_BelgeTuru', '#SeyahatBelgesi_VerenUlke'])
    expect(await tab.kendoState(id), id).toMatchObject({ widgetValue: '', inputValue: '' });
  await tab.expectValue('page', '#SeyahatBelgesi_BelgeNo', '');
  await tab.expectValue('page', '#SeyahatBelgesi_GecerlilikTarihi', '');
  await tab.expectValue('page', '#SeyahatBelgesi_VerenMakam', 'ALEPPO OFFICE');
  await tab.expectCount('overlay', '[data-filled-for]', 0);
}

/**
 * One profile, created and chosen in the popup, fills the passport step and is undone: on the
 * replica as served, then in a tab whose pages send a strict Content-Security-Policy, where the
 * Kendo bridge (a script of ours added to the page) must still run.
 */
async function profileFillUndo(env: ScenarioEnv): Promise<void> {
  const popup = await openPopup(env);
  await createAndChooseProfile(popup);
  const tabs: ReplicaTab[] = [];
  for (const options of [{}, { csp: STRICT_CSP }]) {
    const tab = await env.replicaTab(options);
    tabs.push(tab);
    await tab.open(PATHS.passport);
    await tab.openPanel();
    await tab.expectHostAttribute('data-page', 'wizard-passport');
    await fillAndUndoPassportStep(tab);
  }
  await expectHandsOff(env, tabs, [PATHS.passport, PATHS.passport]);
}

const PASSPHRASE = 'four words are strong';

async function vaultOnLockUnlock(env: ScenarioEnv): Promise<void> {
  const popup = await openPopup(env);
  await createAndChooseProfile(popup);
  await popup.click('page', '[data-vault-turn-on]');
  await popup.typeInto('page', '[data-vault-passphrase]', PASSPHRASE);
  await popup.typeInto('page', '[data-vault-confirm]', PASSPHRASE);
  await popup.click('page', '[data-vault-encrypt]');
  await expect
    .poll(() => popup.describe('page', '[data-vault-settings]').then((f) => f.visible), { timeout: 20_000 })
    .toBe(true);
  // Masked in the list while unlocked.
  await popup.expectText('page', '[data-profile-list] [data-masked-ids]', /•••5678/);

  await popup.click('page', '[data-vault-settings] summary');
  await popup.click('page', '[data-vault-lock]');
  await popup.expectVisible('page', '[data-vault-locked]');
  expect(await popup.describe('page', 'body').then((f) => f.text)).not.toContain('Haddad');

  // Locked: the page's panel offers no fill and shows no name.
  const tab = await env.replicaTab();
  await tab.open(PATHS.passport);
  await tab.openPanel();
  await tab.expectVisible('overlay', '[data-fill-locked]');
  await tab.expectCount('overlay', '[data-action="fill"]', 0);
  expect(await tab.describe('overlay', '.panel').then((f) => f.text)).not.toContain('Haddad');

  // A wrong passphrase changes nothing; the right one unlocks.
  await popup.port.bringToFront();
  await popup.typeInto('page', '[data-vault-unlock-passphrase]', 'not the passphrase');
  await popup.click('page', '[data-vault-unlock-submit]');
  await popup.expectVisible('page', '[data-vault-error]');
  await popup.typeInto('page', '[data-vault-unlock-passphrase]', PASSPHRASE);
  await popup.click('page', '[data-vault-unlock-submit]');
  await popup.expectVisible('page', '[data-profile-list] [data-profile-id]');

  // Unlocked: the page fills again, from the decrypted profile.
  await tab.port.bringToFront();
  await tab.expectVisible('overlay', '[data-action="fill"]');
  await tab.click('overlay', '[data-action="fill"]');
  await tab.expectValue('page', '#SeyahatBelgesi_BelgeNo', PERSON.passportNumber);
  await expectHandsOff(env, [tab], [PATHS.passport]);
}

export const MANY_PROFILES = 10_000;

/** A name part of letters only (names refuse digits): 0 → 'AAAA', 1 → 'AAAB', … */
export function letters(index: number): string {
  let text = '';
  for (let rest = index, place = 0; place < 4; place += 1, rest = Math.floor(rest / 26))
    text = String.fromCharCode(65 + (rest % 26)) + text;
  return text;
}

/** An export file of `count` profiles in the documented format (docs/profile-format.md). */
export function manyProfilesFile(path: string, count = MANY_PROFILES): string {
  const profiles = Array.from({ length: count }, (_, index) => ({
    id: `bulk-${index}`,
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    givenName: `Client${letters(index)}`,
    surname: 'Example',
    passportNumber: `P${String(index).padStart(8, '0')}`,
    passportExpiry: '14.09.2031',
    nationality: 'DE',
    notes: `Consultant's note for client ${index}: `.padEnd(400, 'x'),
  }));
  writeFileSync(
    path,
    JSON.stringify({
      format: 'eikamet-assistant/profiles',
      version: 2,
      exportedAt: '2026-01-05T10:00:00.000Z',
      profiles,
    }),
  );
  return path;
}

const TEN_THOUSAND = /10[.,\u00a0\u202f ]?000/;

async function tenThousandProfiles(env: ScenarioEnv): Promise<void> {
  const popup = await openPopup(env);
  await popup.port.setInputFiles('[data-import-file]', [manyProfilesFile(env.outputPath('clients.json'))]);
  // Reading and checking 10,000 records takes a while before the review offers to import.
  await popup.click('page', '[data-action="confirm-import"]', { timeout: 120_000 }).catch(async (error) => {
    await popup.screenshot(env.outputPath('import-review.png'));
    throw error;
  });
  await expect
    .poll(() => popup.describe('page', '[data-count]').then((f) => f.text ?? ''), { timeout: 120_000 })
    .toMatch(TEN_THOUSAND);
  await popup.port.close();
  // Opened again, the popup reads all of them back from storage.
  const again = await openPopup(env);
  await expect
    .poll(() => again.describe('page', '[data-count]').then((f) => f.text ?? ''), { timeout: 60_000 })
    .toMatch(TEN_THOUSAND);
  await again.typeInto('page', '[data-search]', `Client${letters(MANY_PROFILES - 1)}`);
  await again.expectCount('page', '[data-profile-list] [data-profile-id]', 1);
}

/**
 * A strict policy a real site may send: scripts only from the site itself (plus the inline
 * and eval'd code the replica's Kendo pages need), nothing from anywhere else.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'";

export const PROFILES: readonly Scenario[] = [
  {
    name: 'a profile created in the popup and chosen fills a Kendo step and undo restores it, also under a strict Content-Security-Policy (EN)',
    lang: 'en',
    viewport: { width: 1366, height: 900 },
    keepsData: true,
    chromiumAdds:
      "a profile chosen with the popup's own button, and the Kendo bridge under a strict page policy",
    run: profileFillUndo,
  },
  {
    name: 'the vault is turned on, locked (the page offers no fill) and unlocked (EN)',
    lang: 'en',
    viewport: { width: 1366, height: 900 },
    keepsData: true,
    run: vaultOnLockUnlock,
  },
  {
    name: '10,000 profiles imported in the popup are all there when it opens again (EN)',
    lang: 'en',
    viewport: { width: 1366, height: 900 },
    keepsData: true,
    run: tenThousandProfiles,
  },
];
