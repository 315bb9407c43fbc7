import en from '../../locales/en/rules.json';
import type { Confidence } from './findings';
import { RULES } from './rules';

const CONFIDENCE_TEXT: Readonly<Record<Confidence, string>> = {
  official: 'official (read on an official site)',
  'official-copy': 'official text, known from a verbatim copy',
  consultancy: 'consultancy pages only: informs, never blocks',
  uncertain: 'uncertain: informs, never blocks',
};

const messages: Readonly<Record<string, string>> = en;

/** The Markdown reference of every rule: what it says, and on what authority. */
export function renderRulesReference(): string {
  const lines = [
    '# The checks e-İkamet Assistant makes',
    '',
    'Generated from `src/domain/rules/` by `npm run docs:rules`; a unit test fails when this file is stale.',
    'Rulebook ids (T1, P1, …) refer to the project rulebook. Messages are shown with their placeholders.',
    '',
  ];
  for (const rule of RULES) {
    lines.push(`## \`${rule.id}\` (${rule.rulebookIds.join(', ')})`, '');
    for (const key of rule.messageKeys) lines.push(`- ${messages[key] ?? key}`);
    lines.push('', 'Sources:', '');
    for (const source of rule.sources) {
      lines.push(
        `- ${source.reference} — <${source.url}> — ${CONFIDENCE_TEXT[source.confidence]}; last checked ${source.lastVerified}`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
