import { describe, expect, it } from 'vitest';
import { PLANS } from '../../../src/domain/checklists/data';
import { CARD_FEES, PERMIT_FEE_EXEMPTION_SOURCE, PERMIT_FEE_TARIFFS } from '../../../src/domain/fees';
import type { RuleSource } from '../../../src/domain/findings';
import { MINIMUM_WAGES } from '../../../src/domain/minimum-wage';
import { RETIRED_RULES } from '../../../src/domain/retired-rules';
import { RULES } from '../../../src/domain/rules';
import { isLegislationAddress, sourceLinks } from '../../../src/domain/source-links';

/** Every source a reader can open: rules, retired rules, checklist items and notes, figures. */
function allSources(): Array<{
  where: string;
  source: Pick<RuleSource, 'reference' | 'url'> & Partial<RuleSource>;
}> {
  const found: Array<{ where: string; source: Pick<RuleSource, 'reference' | 'url'> & Partial<RuleSource> }> =
    [];
  for (const rule of RULES) for (const source of rule.sources) found.push({ where: rule.id, source });
  for (const retired of RETIRED_RULES) found.push({ where: retired.id, source: retired.source });
  for (const [type, plan] of Object.entries(PLANS)) {
    for (const item of plan.documents) found.push({ where: `${type}/${item.id}`, source: item.source });
    for (const note of plan.notes)
      if (note.source) found.push({ where: `${type}/${note.id}`, source: note.source });
  }
  for (const wage of MINIMUM_WAGES) found.push({ where: `wage ${wage.year}`, source: wage });
  for (const fee of CARD_FEES) found.push({ where: `card fee ${fee.year}`, source: fee });
  for (const tariff of PERMIT_FEE_TARIFFS) found.push({ where: `tariff ${tariff.year}`, source: tariff });
  found.push({ where: 'fee exemptions', source: PERMIT_FEE_EXEMPTION_SOURCE });
  return found;
}

/** A source citing the law (YUKK) or its implementing regulation (Yön.). */
const CITES_LAW_OR_REGULATION = /\bYUKK\b|\bYön\./;

describe('sources a reader can trust', () => {
  it('opens every source link over https (no http:// anywhere)', () => {
    const insecure = allSources().flatMap(({ where, source }) =>
      [source.url, source.copyUrl]
        .filter((url) => url !== undefined && !url.startsWith('https://'))
        .map((url) => `${where}: ${url}`),
    );
    expect(insecure).toEqual([]);
  });

  it('links the law and the regulation to their official text, never to a copy', () => {
    const wrong = allSources()
      .filter(({ source }) => CITES_LAW_OR_REGULATION.test(source.reference))
      .filter(({ source }) => !isLegislationAddress(source.url))
      .map(({ where, source }) => `${where}: ${source.url}`);
    expect(wrong).toEqual([]);
  });

  it('labels only state addresses as "official"; a copy is labelled as a copy', () => {
    for (const { source } of allSources()) {
      if (source.confidence === undefined) continue;
      const links = sourceLinks(source as RuleSource);
      for (const link of links) {
        if (link.kind === 'official') expect(link.url).toMatch(/^https:\/\/([a-z0-9-]+\.)*gov\.tr\//);
      }
      if (source.copyUrl) expect(links.find((link) => link.url === source.copyUrl)?.kind).toBe('copy');
    }
  });

  it('catches an http:// address and a copy behind a law reference (the checks can fail)', () => {
    expect(isLegislationAddress('http://www.mevzuat.gov.tr/MevzuatMetin/1.5.6458.pdf')).toBe(false);
    expect(isLegislationAddress('https://df.tips/t/topic/2127')).toBe(false);
    expect(isLegislationAddress('https://www.mevzuat.gov.tr/MevzuatMetin/1.5.6458.pdf')).toBe(true);
    const copy = {
      reference: 'Yön. 21(2)',
      url: 'https://df.tips/t/topic/2127',
      confidence: 'official-copy',
      lastVerified: '2026-12-05',
    } as const;
    expect(sourceLinks(copy)[0]?.kind).toBe('page');
  });
});
