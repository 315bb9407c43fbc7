/**
 * The three headline findings, as a person meets them: values typed on one wizard step are
 * carried to a later step (the wizard's own Next button, no page load), each finding appears
 * while a value is wrong and clears once it is fixed, in the panel and on the field's badge.
 * Run on the replica as served and on generated variants of it.
 */
import { ReplicaTab } from '../support/driver';
import type { PageVariant } from '../support/page-variants';
import type { ReplicaLang } from '../support/replica';
import { AGE_OPTION, WIZARD_PATHS as PATHS, PRIVATE_INSURANCE, SHORT_TERM } from '../support/replica-texts';
import { trDateFromToday } from '../support/wizard';
import { expectHandsOff, NEXT, type Scenario, type ScenarioEnv } from './env';
import { applyVariant, field, variantName } from './recognition';

const finding = ReplicaTab.finding;
const badge = (key: string) => `[data-hint-for="${key}"]`;

/** Selectors of the fields the scenario types into: replica ids, or a variant's kept ids. */
function fieldsOf(variant: readonly PageVariant[] | null) {
  const at = (id: string) => (variant ? field(id) : `#${id}`);
  return {
    birthDate: at('Kisisel_DogumTarihi'),
    passportExpiry: at('SeyahatBelgesi_GecerlilikTarihi'),
    permitType: at('IkametIzni_Turu'),
    requestedStart: at('IkametIzni_BaslangicTarihi'),
    requestedEnd: at('IkametIzni_BitisTarihi'),
    insuranceType: at('Sigorta_Turu'),
  };
}

async function passportAndInsurance(env: ScenarioEnv, variant: readonly PageVariant[] | null): Promise<void> {
  const { lang } = env;
  const at = fieldsOf(variant);
  const tab = await env.replicaTab();
  const opened: string[] = [];
  /**
   * Variants are built in the loaded page, so each step is opened by address; the replica by
   * Next. A person leaves a page well after the assistant took in what they typed: here, once it
   * has settled.
   */
  const toStep = async (path: string) => {
    if (variant) {
      await tab.settled();
      await tab.open(path);
      opened.push(path);
      await applyVariant(tab, variant);
    } else await tab.nextStep(NEXT[lang]);
  };

  await tab.open(PATHS.personal);
  opened.push(PATHS.personal);
  if (variant) await applyVariant(tab, variant);
  await tab.openPanel();
  await tab.expectHostAttribute('data-page', 'wizard-personal');
  await tab.typeDate(at.birthDate, trDateFromToday(-30, -70));

  await toStep(PATHS.passport);
  await tab.expectHostAttribute('data-page', 'wizard-passport');
  const expiry = trDateFromToday(200);
  await tab.typeDate(at.passportExpiry, expiry);

  await toStep(PATHS.permitFirst);
  await tab.expectHostAttribute('data-page', 'wizard-permit');
  await tab.pickOption(at.permitType, SHORT_TERM[lang]);
  await tab.typeDate(at.requestedStart, trDateFromToday(10));
  await tab.typeDate(at.requestedEnd, trDateFromToday(365));
  // Wrong: the passport (typed on the previous step) ends less than 60 days after the requested end.
  await tab.expectVisible('overlay', finding('passport-validity', 'error'));
  await tab.expectText('overlay', finding('passport-validity'), new RegExp(expiry.replaceAll('.', '\\.')));
  await tab.expectAttribute('overlay', badge('requestedEnd'), 'data-finding-severity', 'error');
  // Fixed: an end the passport outlasts by 60 days.
  await tab.typeDate(at.requestedEnd, trDateFromToday(120));
  await tab.expectCount('overlay', finding('passport-validity'), 0);
  await tab.expectAttribute('overlay', badge('requestedEnd'), 'data-finding-severity', null);

  if (!variant) await tab.nextStep(NEXT[lang]); // address
  await toStep(PATHS.insurance);
  await tab.expectHostAttribute('data-page', 'wizard-insurance');
  // Wrong: a 70-year-old (birth date from step 1) short-term applicant choosing private insurance.
  await tab.pickOption(at.insuranceType, PRIVATE_INSURANCE[lang]);
  await tab.expectVisible('overlay', finding('insurance-age', 'warning'));
  await tab.expectAttribute('overlay', badge('insuranceType'), 'data-finding-severity', 'warning');
  // Fixed: the age option.
  await tab.pickOption(at.insuranceType, AGE_OPTION[lang]);
  await tab.expectCount('overlay', finding('insurance-age'), 0);
  await tab.expectAttribute('overlay', badge('insuranceType'), 'data-finding-severity', null);

  await expectHandsOff(env, [tab], opened);
}

/**
 * The extension window: the entry page says "extension", the permit step shows the current
 * permit's end. With `printed`, the variant prints the end as text and the page was served with
 * another date, so the finding can only come from the printed text.
 */
async function extensionWindow(env: ScenarioEnv, printed: readonly PageVariant[] | null): Promise<void> {
  const tab = await env.replicaTab();
  await tab.open(PATHS.extensionEntry);
  await tab.openPanel();
  await tab.expectHostAttribute('data-page', 'extension-entry');
  const opened = [PATHS.extensionEntry];

  const showEnding = async (end: string) => {
    // The entry page's answer (an extension) has reached the background before the page is left.
    await tab.settled();
    const path = PATHS.permitExtension(printed ? trDateFromToday(30) : end);
    await tab.open(path);
    opened.push(path);
    if (printed) await applyVariant(tab, printed, { IkametIzni_MevcutBitisTarihi: end });
    await tab.expectHostAttribute('data-page', 'wizard-permit');
  };

  await showEnding(trDateFromToday(120));
  await tab.expectVisible('overlay', finding('extension-window', 'warning'));
  await tab.expectText(
    'overlay',
    finding('extension-window'),
    new RegExp(trDateFromToday(60).replaceAll('.', '\\.')),
  );
  await tab.expectAttribute('overlay', badge('currentPermitEnd'), 'data-finding-severity', 'warning');

  await showEnding(trDateFromToday(30));
  await tab.expectVisible('overlay', finding('extension-window', 'info'));
  await tab.expectCount('overlay', finding('extension-window', 'warning'), 0);

  await showEnding(trDateFromToday(-5));
  await tab.expectVisible('overlay', finding('extension-window', 'error'));

  await expectHandsOff(env, [tab], opened);
}

function headline(
  lang: ReplicaLang,
  variant: readonly PageVariant[] | null,
  printed: readonly PageVariant[] | null,
): Scenario[] {
  const on = variant ? `variant ${variantName(variant)}` : 'replica';
  return [
    {
      name: `passport validity and insurance age appear and clear across steps, ${on} (${lang.toUpperCase()})`,
      lang,
      viewport: { width: 1920, height: 1100 },
      run: (env) => passportAndInsurance(env, variant),
    },
    {
      name: `extension window: too early, open, too late, ${printed ? `end printed as ${variantName(printed)}` : 'replica'} (${lang.toUpperCase()})`,
      lang,
      viewport: { width: 1920, height: 1100 },
      run: (env) => extensionWindow(env, printed),
    },
  ];
}

export const HEADLINE: readonly Scenario[] = [
  ...headline('tr', null, null),
  ...headline('en', ['ids-webforms', 'shuffled'], ['static-text']),
];
