import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/domain/rules';
import { renderRulesReference } from '../../../src/domain/rules-reference';

describe('docs/rules.md', () => {
  const committed = readFileSync(join(process.cwd(), 'docs/rules.md'), 'utf8');

  it('matches the rules engine (run `npm run docs:rules` after changing a rule)', () => {
    expect(committed).toBe(renderRulesReference());
  });

  it('lists every rule with at least one source', () => {
    for (const rule of RULES) {
      expect(committed).toContain(`## \`${rule.id}\``);
      expect(rule.sources.length).toBeGreaterThan(0);
    }
  });
});
