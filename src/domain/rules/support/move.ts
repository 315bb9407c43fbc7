import type { ApplicationFacts } from '../../facts';

/**
 * Whether the person moved (or is moving) to another province: the extension entry page's
 * "change my province" answer or what the person said, else a new address province that
 * differs from the current permit's. The application kind never decides it: on e-İkamet a
 * `transfer` (Geçiş) is a change of permit type, not a move.
 */
export function movedToAnotherProvince(facts: ApplicationFacts): boolean | undefined {
  if (facts.provinceChange !== undefined) return facts.provinceChange;
  if (facts.currentPermitProvince !== undefined && facts.province !== undefined) {
    return facts.currentPermitProvince !== facts.province;
  }
  return undefined;
}
