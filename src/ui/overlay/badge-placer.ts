/**
 * Measures a recognised field and places its badge (badge-position.ts), checking the page
 * for a free spot (spot-check.ts). Checking hits the page's layout, so the chosen side is
 * remembered per field while the field stays where it was; plain page scrolling then costs
 * two getBoundingClientRect calls per field and nothing more.
 */
import type { RecognizedField } from '../../page/recognition-types';
import {
  type BadgePlacement,
  type BadgeSide,
  NO_RESERVED_EDGES,
  placeBadge,
  type ReservedEdges,
} from './badge-position';
import { createSpotCheck } from './spot-check';

interface RememberedSide {
  /** Where the field was (relative to the document) and how wide the window was. */
  readonly layoutKey: string;
  readonly side: BadgeSide;
}

/** @param reservedEdges where the open side panel is, so hints stay clear of it */
export function createBadgePlacer(
  ownHost: Element,
  reservedEdges: () => ReservedEdges = () => NO_RESERVED_EDGES,
) {
  const remembered = new WeakMap<Element, RememberedSide>();

  return (field: RecognizedField): BadgePlacement | null => {
    const anchor = field.anchor.getBoundingClientRect();
    const origin = ownHost.getBoundingClientRect();
    const viewportWidth = document.documentElement.clientWidth;
    const layoutKey = [
      anchor.left - origin.left,
      anchor.top - origin.top,
      anchor.width,
      anchor.height,
      viewportWidth,
    ]
      .map(Math.round)
      .join();

    const known = remembered.get(field.anchor);
    const isFree =
      known?.layoutKey === layoutKey
        ? (_spot: unknown, side: BadgeSide) => side === known.side
        : createSpotCheck(field.anchor, ownHost);
    const placement = placeBadge(anchor, origin, viewportWidth, isFree, reservedEdges());

    // Only a field fully in view could be checked; off-screen ones are checked again later.
    const checkedInView = anchor.top >= 24 && anchor.bottom <= window.innerHeight && anchor.height > 0;
    if (placement && checkedInView) remembered.set(field.anchor, { layoutKey, side: placement.side });
    return placement;
  };
}
