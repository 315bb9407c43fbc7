import { describe, expect, it } from 'vitest';
import {
  BADGE_GAP_PX,
  BADGE_SIZE_PX,
  type Box,
  placeBadge,
  TOOLTIP_WIDTH_PX,
} from '../../../src/ui/overlay/badge-position';

const ORIGIN: Box = { left: 0, top: 0, width: 0, height: 0 };
const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;

describe('placeBadge', () => {
  it('puts the badge just after the field, vertically centred', () => {
    const field = { left: 100, top: 200, width: 300, height: 34 };
    const placed = placeBadge(field, ORIGIN, 1600);
    expect(placed?.badge).toEqual({ left: 400 + BADGE_GAP_PX, top: 200 + (34 - BADGE_SIZE_PX) / 2 });
    expect(placed?.tooltip.placement).toBe('after');
  });

  it('never covers the field, wherever it sits in the viewport', () => {
    for (const left of [0, 5, 300, 900, 1180, 1250]) {
      for (const width of [40, 200, 700, 1280]) {
        const field = { left, top: 300, width, height: 34 };
        const placed = placeBadge(field, ORIGIN, 1280);
        if (!placed) throw new Error('expected a placement');
        const badge = { ...placed.badge, width: BADGE_SIZE_PX, height: BADGE_SIZE_PX };
        expect(overlaps(badge, field), JSON.stringify({ field, badge })).toBe(false);
        if (placed.tooltip.placement === 'after') {
          expect(placed.tooltip.left).toBeGreaterThan(left + width);
        } else {
          // 'above' tooltips end (bottom edge) above the field's top edge.
          expect(placed.tooltip.top).toBeLessThan(field.top);
        }
      }
    }
  });

  it('keeps the hint clear of the open side panel, on either side', () => {
    const field = { left: 700, top: 300, width: 700, height: 34 };
    const besidePanel = placeBadge(field, ORIGIN, 1920, undefined, { left: 0, right: 304 });
    expect(besidePanel?.tooltip.placement).toBe('above');
    expect((besidePanel?.tooltip.left ?? 0) + TOOLTIP_WIDTH_PX).toBeLessThanOrEqual(1920 - 304);
    expect(placeBadge(field, ORIGIN, 1920)?.tooltip.placement).toBe('after');
    const rtl = placeBadge({ left: 310, top: 300, width: 200, height: 34 }, ORIGIN, 1920, undefined, {
      left: 304,
      right: 0,
    });
    if (rtl?.tooltip.placement === 'above') expect(rtl.tooltip.left).toBeGreaterThanOrEqual(304);
  });

  it('opens the hint above the field when there is no room beside the badge', () => {
    const field = { left: 600, top: 300, width: 560, height: 34 };
    const placed = placeBadge(field, ORIGIN, 1280);
    expect(placed?.tooltip.placement).toBe('above');
    expect(placed?.tooltip.left).toBeGreaterThanOrEqual(0);
    expect((placed?.tooltip.left ?? 0) + TOOLTIP_WIDTH_PX).toBeLessThanOrEqual(1280);
  });

  it('is relative to the overlay host, so badges scroll with the page', () => {
    const field = { left: 100, top: -500, width: 300, height: 34 };
    const origin = { left: 0, top: -2000, width: 0, height: 0 };
    expect(placeBadge(field, origin, 1600)?.badge.top).toBe(1500 + (34 - BADGE_SIZE_PX) / 2);
  });

  it('moves the badge before the field, then above its end, when the page has something there', () => {
    const field = { left: 300, top: 300, width: 200, height: 34 };
    const notAfter = placeBadge(field, ORIGIN, 1600, (_spot, side) => side !== 'after');
    expect(notAfter?.side).toBe('before');
    expect(notAfter?.badge.left).toBe(300 - BADGE_GAP_PX - BADGE_SIZE_PX);
    expect(notAfter?.tooltip.placement).toBe('above');

    const onlyAbove = placeBadge(field, ORIGIN, 1600, (_spot, side) => side === 'above');
    expect(onlyAbove?.side).toBe('above');
    expect(onlyAbove?.badge).toEqual({ left: 500 - BADGE_SIZE_PX, top: 300 - BADGE_SIZE_PX - BADGE_GAP_PX });
  });

  it('falls back to the first spot that fits when nothing is free', () => {
    const field = { left: 300, top: 300, width: 200, height: 34 };
    expect(placeBadge(field, ORIGIN, 1600, () => false)?.side).toBe('after');
  });

  it('hides the badge of a field that is not rendered', () => {
    expect(placeBadge({ left: 0, top: 0, width: 0, height: 0 }, ORIGIN, 1600)).toBeNull();
  });
});
