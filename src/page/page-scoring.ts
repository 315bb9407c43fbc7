import type { FieldKey } from '../contracts/field-keys';
import { buildOnce } from './build-once';
import type { PageEvidence } from './page-evidence';
import { type PageSpec, pageCatalogue } from './pages';
import { type CompiledPattern, compilePattern, matchStrength } from './text';

/**
 * Scoring page kinds. Every signal adds weight; no single one decides. The weights are set
 * so that (a) the URL alone recognises a page whose content has not rendered yet, (b) a
 * page whose URL changed is still recognised by ids, headings and its field set, and
 * (c) content that clearly belongs to another page outvotes the URL.
 */
const WEIGHT = {
  /** The path matches one of the page's URL patterns. */
  url: 4,
  /** Per signature id or selector present. */
  marker: 3,
  /** Per heading pattern found among the page's headings. */
  heading: 3,
  /** Per phrase pattern found in the page text. */
  phrase: 2,
  /** Times the share of the page's always-present fields that were found. */
  fieldSet: 8,
  /** Per optional field found. */
  optionalField: 0.5,
  /** Per control that fits only fields this page does not have. */
  foreignField: -1,
} as const;

/** Below this, no kind is claimed: the page is 'unknown'. */
const MIN_SCORE = 4;

/** The keys one control may be (several when its id or label is ambiguous). */
export type CandidateKeys = ReadonlySet<FieldKey>;

export interface PageTextHits {
  readonly tr: number;
  readonly en: number;
}

export interface ScoredPage {
  readonly spec: PageSpec;
  readonly score: number;
  /** Heading and phrase matches per language: a language signal. */
  readonly textHits: PageTextHits;
}

interface CompiledTexts {
  readonly tr: readonly CompiledPattern[];
  readonly en: readonly CompiledPattern[];
}

interface CompiledPage {
  readonly spec: PageSpec;
  readonly paths: readonly RegExp[];
  readonly headings: CompiledTexts;
  readonly phrases: CompiledTexts;
  readonly allowed: ReadonlySet<FieldKey>;
}

const EMPTY_TEXTS: CompiledTexts = { tr: [], en: [] };

const compiledPages = buildOnce((): readonly CompiledPage[] =>
  pageCatalogue().map((spec) => ({
    spec,
    paths: spec.paths.map(
      (path) => new RegExp(path.source, path.flags.includes('i') ? path.flags : `${path.flags}i`),
    ),
    headings: spec.headings ? compileTexts(spec.headings) : EMPTY_TEXTS,
    phrases: spec.phrases ? compileTexts(spec.phrases) : EMPTY_TEXTS,
    allowed: new Set([...spec.always, ...spec.optional]),
  })),
);

function compileTexts(texts: NonNullable<PageSpec['headings']>): CompiledTexts {
  return { tr: texts.tr.map(compilePattern), en: texts.en.map(compilePattern) };
}

/**
 * The best-scoring page, or null when nothing reaches the minimum score. `displayed` are
 * the keys of values printed as text: they count as fields found, but one that fits no field
 * of a page is just page text and costs that page nothing.
 */
export function choosePage(
  evidence: PageEvidence,
  candidates: readonly CandidateKeys[],
  displayed: readonly CandidateKeys[] = [],
): ScoredPage | null {
  let best: ScoredPage | null = null;
  for (const page of compiledPages()) {
    const scored = scorePage(page, evidence, candidates, displayed);
    if (best === null || scored.score > best.score) best = scored;
  }
  return best !== null && best.score >= MIN_SCORE ? best : null;
}

function scorePage(
  page: CompiledPage,
  evidence: PageEvidence,
  candidates: readonly CandidateKeys[],
  displayed: readonly CandidateKeys[],
): ScoredPage {
  const { spec } = page;
  let score = page.paths.some((path) => path.test(evidence.path)) ? WEIGHT.url : 0;

  for (const id of spec.ids ?? []) if (evidence.doc.getElementById(id)) score += WEIGHT.marker;
  for (const selector of spec.selectors ?? [])
    if (evidence.doc.querySelector(selector)) score += WEIGHT.marker;

  const headingHits = countHits(page.headings, evidence.headings);
  const phraseHits = countHits(page.phrases, [evidence.text]);
  score +=
    WEIGHT.heading * (headingHits.tr + headingHits.en) + WEIGHT.phrase * (phraseHits.tr + phraseHits.en);

  score += fieldScore(page, candidates, displayed);
  return {
    spec,
    score,
    textHits: { tr: headingHits.tr + phraseHits.tr, en: headingHits.en + phraseHits.en },
  };
}

function fieldScore(
  page: CompiledPage,
  candidates: readonly CandidateKeys[],
  displayed: readonly CandidateKeys[],
): number {
  const { always, optional } = page.spec;
  const has = (key: FieldKey): boolean =>
    candidates.some((keys) => keys.has(key)) || displayed.some((keys) => keys.has(key));
  let score = always.length > 0 ? (WEIGHT.fieldSet * always.filter(has).length) / always.length : 0;
  score += WEIGHT.optionalField * optional.filter(has).length;
  for (const keys of candidates) {
    if (keys.size > 0 && ![...keys].some((key) => page.allowed.has(key))) score += WEIGHT.foreignField;
  }
  return score;
}

/**
 * Pattern hits per language: each pattern counts once per text it matches, up to twice, so
 * a flow named in both the `<title>` and the page heading outweighs a URL that names
 * another, while one heading repeated many times cannot swamp every other signal.
 */
function countHits(patterns: CompiledTexts, texts: readonly string[]): PageTextHits {
  const hits = (list: readonly CompiledPattern[]): number =>
    list.reduce(
      (total, pattern) =>
        total +
        Math.min(MAX_HITS_PER_PATTERN, texts.filter((text) => matchStrength(text, pattern) > 0).length),
      0,
    );
  return { tr: hits(patterns.tr), en: hits(patterns.en) };
}

const MAX_HITS_PER_PATTERN = 2;

/** Whether the page kind has (always or optionally) the field. */
export function pageAllows(spec: PageSpec, key: FieldKey): boolean {
  return spec.always.includes(key) || spec.optional.includes(key);
}
