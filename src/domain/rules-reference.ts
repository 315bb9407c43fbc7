import en from '../../locales/en/rules.json';
import type { Confidence } from './findings';
import { RETIRED_RULES } from './retired-rules';
import { RULES } from './rules';
import { type SourceLinkKind, sourceLinks } from './source-links';

const CONFIDENCE_TEXT: Readonly<Record<Confidence, string>> = {
  official: 'official (read on an official site)',
  'official-copy': 'official text, known from a verbatim copy',
  consultancy: 'consultancy pages only: informs, never blocks',
  uncertain: 'uncertain: informs, never blocks',
};

const LINK_TEXT: Readonly<Record<SourceLinkKind, string>> = {
  official: 'official text',
  copy: 'read in a copy',
  page: 'source page',
};

const messages: Readonly<Record<string, string>> = en;

/** The Markdown reference of every rule: what it says, and on what authority. */
export function renderRulesReference(): string {
  const lines = [
    '# The checks e-İkamet Assistant makes',
    '',
    'Generated from `src/domain/rules/` by `npm run docs:rules`; a unit test fails when this file is stale.',
    'Rulebook ids (T1, P1, …) and confidence levels are explained in [sources.md](sources.md). Messages are shown with their placeholders.',
    '',
  ];
  for (const rule of RULES) {
    lines.push(`## \`${rule.id}\` (${rule.rulebookIds.join(', ')})`, '');
    for (const key of rule.messageKeys) lines.push(`- ${messages[key] ?? key}`);
    if (rule.severityNotes && rule.severityNotes.length > 0) {
      lines.push('', 'Why these severities:', '');
      for (const note of rule.severityNotes) lines.push(`- ${note}`);
    }
    lines.push('', 'Sources:', '');
    for (const source of rule.sources) {
      const links = sourceLinks(source)
        .map((link) => `${LINK_TEXT[link.kind]} <${link.url}>`)
        .join(', ');
      lines.push(
        `- ${source.reference} — ${links} — ${CONFIDENCE_TEXT[source.confidence]}; last checked ${source.lastVerified}`,
      );
    }
    lines.push('');
  }
  lines.push(
    '## Retired checks',
    '',
    'These are no longer made and never show; they are listed so their absence is explained.',
    '',
  );
  for (const retired of RETIRED_RULES) {
    lines.push(
      `- \`${retired.id}\` (${retired.rulebookIds.join(', ')}): ${retired.reason} Source: ${retired.source.reference} — <${retired.source.url}>.`,
    );
  }
  lines.push('');
  return `${lines.join('\n').trimEnd()}\n`;
}
