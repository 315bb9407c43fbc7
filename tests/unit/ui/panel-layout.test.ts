import { describe, expect, it } from 'vitest';
import { shouldStartCollapsed, unionOfBoxes } from '../../../src/ui/overlay/panel-layout';

// A Bootstrap 3 container (1170 px) centred in the window.
const column = (windowWidth: number) => ({
  left: (windowWidth - 1170) / 2,
  top: 100,
  width: 1170,
  height: 600,
});

describe('shouldStartCollapsed', () => {
  it('collapses on narrow windows even without a form', () => {
    expect(shouldStartCollapsed(1000, null, 'right')).toBe(true);
    expect(shouldStartCollapsed(1280, null, 'right')).toBe(false);
  });

  it('stays open only when the panel fits beside the form column', () => {
    expect(shouldStartCollapsed(1366, column(1366), 'right')).toBe(true);
    expect(shouldStartCollapsed(1920, column(1920), 'right')).toBe(false);
    expect(shouldStartCollapsed(1920, column(1920), 'left')).toBe(false);
  });

  it('checks the side the panel is on', () => {
    const leftHeavy = { left: 0, top: 0, width: 1000, height: 500 };
    expect(shouldStartCollapsed(1600, leftHeavy, 'right')).toBe(false);
    expect(shouldStartCollapsed(1600, leftHeavy, 'left')).toBe(true);
  });
});

describe('unionOfBoxes', () => {
  it('ignores boxes that are not rendered', () => {
    expect(
      unionOfBoxes([
        { left: 10, top: 10, width: 10, height: 10 },
        { left: 0, top: 0, width: 0, height: 0 },
        { left: 50, top: 40, width: 10, height: 10 },
      ]),
    ).toEqual({ left: 10, top: 10, width: 50, height: 40 });
    expect(unionOfBoxes([])).toBeNull();
  });
});
