import type { RuleSource } from './findings';

/**
 * The links a source offers a reader, labelled honestly: "official" only for an address on a
 * Turkish state domain (`*.gov.tr`), "copy" for the copy a text was read in, "page" for any other
 * page (consultancy, university, news). A copy is never shown behind "Official text".
 */
export type SourceLinkKind = 'official' | 'copy' | 'page';

export interface SourceLink {
  readonly kind: SourceLinkKind;
  readonly url: string;
}

/** The official legislation sites: the only homes of a law's or regulation's official text. */
export const LEGISLATION_HOSTS: readonly string[] = ['www.mevzuat.gov.tr', 'www.resmigazete.gov.tr'];

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

export function isOfficialAddress(url: string): boolean {
  const host = hostOf(url);
  return url.startsWith('https://') && host !== undefined && (host === 'gov.tr' || host.endsWith('.gov.tr'));
}

export function isLegislationAddress(url: string): boolean {
  const host = hostOf(url);
  return url.startsWith('https://') && host !== undefined && LEGISLATION_HOSTS.includes(host);
}

export function sourceLinks(source: RuleSource): SourceLink[] {
  const links: SourceLink[] = [
    { kind: isOfficialAddress(source.url) ? 'official' : 'page', url: source.url },
  ];
  if (source.copyUrl !== undefined) links.push({ kind: 'copy', url: source.copyUrl });
  return links;
}

/**
 * What a view in `lang` shows as a source's reference: the English note in English, the
 * citation every language can show otherwise (`source-citations.ts`, set where the source is made).
 */
export function shownReference(source: RuleSource, lang: string): string {
  return lang === 'en' ? source.reference : (source.citation ?? source.reference);
}
