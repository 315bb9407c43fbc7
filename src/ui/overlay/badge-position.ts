/**
 * Where a field's badge and hint go, as a pure function of measured rectangles so it can be
 * unit-tested. Coordinates are relative to the overlay host, which sits at the document's
 * origin and scrolls with the page, so badges follow their fields without per-scroll work.
 * The field itself is never covered: the badge goes beside the field (after it, before it,
 * or above its end, whichever spot is free of the page's own controls and text), and the
 * hint goes beside the badge or above the field.
 */
export const BADGE_SIZE_PX = 18;
export const BADGE_GAP_PX = 4;
export const TOOLTIP_WIDTH_PX = 260;
const EDGE_MARGIN_PX = 8;
/** A hint above a field near the window's top still gets this much room (the page scrolls). */
const MIN_HINT_HEIGHT_PX = 80;
/** Anchors taller than this (text areas, radio groups) get the badge at their top instead of centred. */
const TALL_ANCHOR_PX = 40;

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export type BadgeSide = 'after' | 'before' | 'above';

export interface BadgePlacement {
  readonly side: BadgeSide;
  readonly badge: { readonly left: number; readonly top: number };
  /**
   * `after`: to the side of the badge, aligned with it; `above`: over the field's top edge, with
   * the room left above the field in the window (`maxHeight`) for a hint that must not outgrow
   * it. Never below the field: that is where the page's own lists and calendars open.
   */
  readonly tooltip: {
    readonly placement: 'after' | 'above';
    readonly left: number;
    readonly top: number;
    readonly maxHeight?: number;
  };
}

/** Widths at the window's left and right edges that hints keep clear of. */
export interface ReservedEdges {
  readonly left: number;
  readonly right: number;
}

export const NO_RESERVED_EDGES: ReservedEdges = { left: 0, right: 0 };

/** Says whether a badge-sized box (viewport coordinates) on that side would cover nothing of the page's. */
export type SpotCheck = (spot: Box, side: BadgeSide) => boolean;

/**
 * The badge spots around a field, in order of preference, in viewport coordinates, never in the
 * strips the side panel or its tab take (`reserved`), where a badge could not be clicked.
 */
export function badgeSpots(
  anchor: Box,
  viewportWidth: number,
  reserved: ReservedEdges = NO_RESERVED_EDGES,
): { side: BadgeSide; spot: Box }[] {
  const size = { width: BADGE_SIZE_PX, height: BADGE_SIZE_PX };
  const minLeft = reserved.left + EDGE_MARGIN_PX;
  const maxRight = viewportWidth - reserved.right - EDGE_MARGIN_PX;
  const right = anchor.left + anchor.width;
  const middle =
    anchor.height > TALL_ANCHOR_PX
      ? anchor.top + BADGE_GAP_PX
      : anchor.top + (anchor.height - BADGE_SIZE_PX) / 2;
  const spots: { side: BadgeSide; spot: Box }[] = [];
  const after = right + BADGE_GAP_PX;
  if (after + BADGE_SIZE_PX <= maxRight) {
    spots.push({ side: 'after', spot: { left: after, top: middle, ...size } });
  }
  const before = anchor.left - BADGE_GAP_PX - BADGE_SIZE_PX;
  if (before >= minLeft) spots.push({ side: 'before', spot: { left: before, top: middle, ...size } });
  spots.push({
    side: 'above',
    spot: {
      left: clamp(right - BADGE_SIZE_PX, minLeft, maxRight - BADGE_SIZE_PX),
      top: anchor.top - BADGE_SIZE_PX - BADGE_GAP_PX,
      ...size,
    },
  });
  return spots;
}

/**
 * @param anchor the field's visible box, viewport coordinates (getBoundingClientRect)
 * @param origin the overlay host's box, viewport coordinates
 * @param viewportWidth the page's visible width without scrollbar (documentElement.clientWidth)
 * @param isFree checks a spot against the page; without it the first spot that fits is taken
 * @param reserved room at either edge of the window the badge and hint stay out of (the open
 *   side panel or its folded tab), so neither hides under it or covers it
 * @returns null when the field is not rendered (display:none step, collapsed section)
 */
export function placeBadge(
  anchor: Box,
  origin: Box,
  viewportWidth: number,
  isFree: SpotCheck = () => true,
  reserved: ReservedEdges = NO_RESERVED_EDGES,
): BadgePlacement | null {
  if (anchor.width === 0 && anchor.height === 0) return null;
  const spots = badgeSpots(anchor, viewportWidth, reserved);
  const chosen = spots.find(({ spot, side }) => isFree(spot, side)) ?? spots[0];
  if (!chosen) return null;
  const { side, spot } = chosen;
  const anchorRight = anchor.left + anchor.width;

  const hintRight = viewportWidth - reserved.right;
  const hintLeft = reserved.left;
  const roomAfterBadge = hintRight - EDGE_MARGIN_PX - (spot.left + BADGE_SIZE_PX + BADGE_GAP_PX);
  const tooltip =
    side === 'after' && roomAfterBadge >= TOOLTIP_WIDTH_PX
      ? {
          placement: 'after' as const,
          left: spot.left + BADGE_SIZE_PX + BADGE_GAP_PX,
          top: spot.top,
          maxHeight: undefined,
        }
      : {
          placement: 'above' as const,
          left: clamp(
            Math.min(anchorRight, spot.left + BADGE_SIZE_PX) - TOOLTIP_WIDTH_PX,
            hintLeft + EDGE_MARGIN_PX,
            hintRight - EDGE_MARGIN_PX - TOOLTIP_WIDTH_PX,
          ),
          // The tooltip's bottom edge sits here; CSS shifts it up by its own height.
          top: Math.min(anchor.top, spot.top) - BADGE_GAP_PX,
          maxHeight: Math.max(
            Math.min(anchor.top, spot.top) - BADGE_GAP_PX - EDGE_MARGIN_PX,
            MIN_HINT_HEIGHT_PX,
          ),
        };

  return {
    side,
    badge: { left: spot.left - origin.left, top: spot.top - origin.top },
    tooltip: {
      ...tooltip,
      left: tooltip.left - origin.left,
      top: tooltip.top - origin.top,
      ...(tooltip.maxHeight === undefined ? {} : { maxHeight: tooltip.maxHeight }),
    },
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
