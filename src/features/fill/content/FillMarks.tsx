import type { FieldKey } from '../../../contracts/field-keys';
import type { RecognizedField } from '../../../page/recognition-types';

export interface FillMarksProps {
  /** The filled fields to outline, one per key. */
  readonly fields: readonly RecognizedField[];
  /** Our mark layer, absolutely placed at the overlay's origin: marks are measured against it. */
  readonly layer: HTMLElement;
}

/** Space between a field's edge and its outline, so the outline never covers what is typed. */
const OUTSET_PX = 3;

/**
 * An outline around each filled field, drawn in our shadow root over the page (never on the
 * page's own elements, whose DOM and styles stay untouched). Marks take no pointer events, so the
 * fields stay as usable as before. A field that is not rendered keeps its mark, hidden.
 */
export function FillMarks({ fields, layer }: FillMarksProps) {
  const origin = layer.getBoundingClientRect();
  const seen = new Set<FieldKey>();
  return (
    <>
      {fields.map((field) => {
        if (seen.has(field.key)) return null;
        seen.add(field.key);
        const box = field.anchor.isConnected ? field.anchor.getBoundingClientRect() : null;
        const shown = box !== null && (box.width > 0 || box.height > 0);
        return (
          <div
            key={field.key}
            class="fill-mark"
            data-filled-for={field.key}
            aria-hidden="true"
            hidden={!shown}
            style={
              shown
                ? {
                    left: `${box.left - origin.left - OUTSET_PX}px`,
                    top: `${box.top - origin.top - OUTSET_PX}px`,
                    width: `${box.width + 2 * OUTSET_PX}px`,
                    height: `${box.height + 2 * OUTSET_PX}px`,
                  }
                : undefined
            }
          />
        );
      })}
    </>
  );
}
