import { fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/domain/findings';
import { FindingsRegion } from '../../../src/features/live-checks/content/findings/FindingsRegion';
import {
  describeFindings,
  findingsByField,
  formatIsoDate,
} from '../../../src/features/live-checks/content/findings/finding-view';
import type { BadgePlacement } from '../../../src/ui/overlay/badge-position';
import { Overlay } from '../../../src/ui/overlay/Overlay';
import { stubField, stubRecognition } from './stub-recognition';
import { uiText } from './ui-text';

const source = {
  reference: 'YUKK 21(2)',
  url: 'https://www.mevzuat.gov.tr/example',
  confidence: 'official',
  lastVerified: '2026-11-23',
} as const;

const passport: Finding = {
  ruleId: 'passport-validity',
  severity: 'error',
  messageKey: 'passport-validity.tooShort',
  params: {
    passportExpiry: '01.03.2027',
    requestedEnd: '01.02.2027',
    latestEnd: '31.12.2026',
    passportNeeded: '02.04.2027',
  },
  fields: ['passportExpiry', 'requestedEnd'],
  source,
};
const attendance: Finding = {
  ruleId: 'appointment-attendance',
  severity: 'info',
  messageKey: 'appointment-attendance.attend',
  params: {},
  fields: [],
  source: { ...source, confidence: 'consultancy' },
};

const placeEverywhere = (): BadgePlacement => ({
  side: 'after',
  badge: { left: 10, top: 20 },
  tooltip: { placement: 'after', left: 32, top: 20 },
});

afterEach(() => document.body.replaceChildren());

describe('describeFindings', () => {
  it('fills the message parameters and names the fields in the user language', () => {
    const [view] = describeFindings([passport], uiText('en'));
    expect(view?.message).toContain('01.03.2027');
    expect(view?.message).not.toContain('{');
    expect(view?.fieldNames).toEqual(['Passport expiry date', 'Requested end date']);
  });

  it('groups findings by the fields they concern', () => {
    const byField = findingsByField(describeFindings([passport, attendance], uiText('en')));
    expect(byField.get('requestedEnd')?.map((view) => view.finding.ruleId)).toEqual(['passport-validity']);
    expect(byField.has('birthDate')).toBe(false);
  });

  it('writes ISO dates the way the site does', () => {
    expect(formatIsoDate('2026-11-23')).toBe('23.11.2026');
  });
});

describe('FindingsRegion', () => {
  it('shows each finding with its rule, severity glyph and word, and a Source disclosure', () => {
    const text = uiText('en');
    const { container } = render(
      <FindingsRegion views={describeFindings([passport, attendance], text)} text={text} />,
    );
    const region = container.querySelector('[data-findings]');
    expect(region?.getAttribute('aria-live')).toBe('polite');
    const card = container.querySelector('[data-rule="passport-validity"]');
    expect(card?.getAttribute('data-severity')).toBe('error');
    expect(card?.querySelector('.severity-word')?.textContent).toBe('Error');
    expect(card?.querySelector('.severity-glyph')?.getAttribute('aria-hidden')).toBe('true');
    const details = card?.querySelector('details');
    expect(details?.querySelector('summary')?.textContent).toBe('Source');
    expect(details?.textContent).toContain('YUKK 21(2)');
    expect(details?.textContent).toContain('23.11.2026');
    expect(details?.textContent).toContain('Official source');
    const link = details?.querySelector('a');
    expect(link?.getAttribute('href')).toBe(source.url);
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toContain('noopener');
  });

  it('folds general information that concerns no field away under "More to know"', () => {
    const text = uiText('en');
    const { container } = render(
      <FindingsRegion views={describeFindings([passport, attendance], text)} text={text} />,
    );
    const more = container.querySelector('[data-findings-more]');
    expect(more?.querySelector('[data-rule="appointment-attendance"]')).not.toBeNull();
    expect(more?.querySelector('summary')?.textContent).toBe('More to know (1)');
  });

  it('keeps a source address that is not a web address as plain text', () => {
    const text = uiText('en');
    const odd = { ...passport, source: { ...source, url: 'javascript:alert(1)' } };
    const { container } = render(<FindingsRegion views={describeFindings([odd], text)} text={text} />);
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toContain('javascript:alert(1)');
  });

  it('puts only the official text behind "Official text" and labels a copy as read in a copy', () => {
    const text = uiText('en');
    const copied = {
      ...passport,
      source: { ...source, confidence: 'official-copy', copyUrl: 'https://df.tips/t/topic/2127' },
    } as const;
    const blogOnly = { ...attendance, source: { ...source, url: 'https://df.tips/t/topic/2127' } };
    const { container } = render(
      <FindingsRegion views={describeFindings([copied, blogOnly], text)} text={text} />,
    );
    const card = container.querySelector('[data-rule="passport-validity"]');
    const official = card?.querySelector('[data-source-link="official"]');
    expect(official?.previousElementSibling?.textContent).toBe('Official text');
    expect(official?.querySelector('a')?.getAttribute('href')).toBe(source.url);
    const copy = card?.querySelector('[data-source-link="copy"]');
    expect(copy?.previousElementSibling?.textContent).toBe('Read in a copy');
    expect(copy?.querySelector('a')?.getAttribute('href')).toBe('https://df.tips/t/topic/2127');
    // A page that is not a state address is never labelled "Official text".
    const other = container.querySelector('[data-rule="appointment-attendance"]');
    expect(other?.querySelector('[data-source-link="official"]')).toBeNull();
    expect(other?.querySelector('[data-source-link="page"]')?.previousElementSibling?.textContent).toBe(
      'Text',
    );
  });

  it('is empty, and hidden by the stylesheet, when there is nothing to say', () => {
    const { container } = render(<FindingsRegion views={[]} text={uiText('en')} />);
    expect(container.querySelector('[data-findings]')?.childElementCount).toBe(0);
  });
});

describe('findings beside the fields', () => {
  it('turn the field badge into a severity sign with the message in its hint', () => {
    const recognition = stubRecognition({
      kind: 'wizard-permit',
      fields: [
        stubField('requestedEnd', 'date', 'Talep Edilen Bitiş Tarihi *'),
        stubField('requestedStart', 'date'),
      ],
    });
    const { container } = render(
      <Overlay
        recognition={recognition}
        text={uiText('en')}
        panelCollapsed={false}
        focusedField={null}
        placeField={placeEverywhere}
        onTogglePanel={() => {}}
        findings={[passport]}
      />,
    );
    const badge = container.querySelector<HTMLElement>('[data-hint-for="requestedEnd"]');
    expect(badge?.dataset.findingSeverity).toBe('error');
    expect(badge?.textContent).toBe('✕');
    expect(badge?.getAttribute('aria-label')).toMatch(/^Error: /);
    const tooltip = container.querySelector<HTMLElement>(`#${badge?.getAttribute('aria-describedby')}`);
    expect(tooltip?.querySelector('[data-rule="passport-validity"][data-severity="error"]')).not.toBeNull();
    // The page's own label beside the translated one.
    expect(tooltip?.querySelector('.tooltip-title')?.textContent).toMatch(/^Talep Edilen Bitiş Tarihi — /);
    // A field without findings keeps its plain hint badge.
    const other = container.querySelector<HTMLElement>('[data-hint-for="requestedStart"]');
    expect(other?.dataset.findingSeverity).toBeUndefined();
    expect(other?.textContent).toBe('?');
    if (badge) fireEvent.mouseEnter(badge);
    expect(tooltip?.hidden).toBe(false);
  });

  it('count the errors and warnings on the collapsed tab and announce them', () => {
    const { container } = render(
      <Overlay
        recognition={stubRecognition()}
        text={uiText('en')}
        panelCollapsed={true}
        focusedField={null}
        placeField={placeEverywhere}
        onTogglePanel={() => {}}
        findings={[passport, attendance]}
      />,
    );
    expect(container.querySelector('[data-tab-severity]')?.getAttribute('data-tab-severity')).toBe('error');
    const announcer = container.querySelector('[data-announcer]');
    expect(announcer?.getAttribute('role')).toBe('status');
    expect(announcer?.textContent).toMatch(/^Error: /);
  });
});
