/**
 * Writes docs/rules.md from the rules engine itself, so the published list of checks, their
 * sources and confidence levels can never drift from the code.
 *   npm run docs:rules
 */
import { writeFileSync } from 'node:fs';
import { renderRulesReference } from '../src/domain/rules-reference';

writeFileSync('docs/rules.md', renderRulesReference());
console.log('wrote docs/rules.md');
