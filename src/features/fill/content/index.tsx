/**
 * "Fill from <profile>" in the panel (`FillSection.tsx`, `controller.ts`). While a fill works, the
 * settled marker stays down, and the live checks, when they run on the page, wait for its end.
 */
import type { ContentFeature } from '../../../ui/overlay/content-feature';
import type { SettledMarker } from '../../../ui/overlay/settled';
import { liveChecksContent } from '../../live-checks/content';
import type { LiveChecks } from '../../live-checks/content/live-checks';
import { createPageFillController, type FillController } from './controller';
import { FillSection } from './FillSection';

export const fillContent: ContentFeature<FillController> = {
  name: 'fill',
  start(host) {
    const fill = createPageFillController(host.ctx, host.taught);
    holdWhileFilling(fill, host.settled, host.find(liveChecksContent));
    return {
      api: fill,
      part: {
        panel: {
          actions: ({ recognition, pageSettling, text }) => (
            <FillSection fill={fill} recognition={recognition} pageSettling={pageSettling} text={text} />
          ),
        },
      },
    };
  },
};

/**
 * A fill or undo in progress, or the active profile still loading, keeps the marker down. While
 * a fill or undo sets fields, the live checks wait and then look once at the result; while it
 * waits for a list the page is loading, they catch up (the person sees the findings so far).
 */
function holdWhileFilling(fill: FillController, settled: SettledMarker, live: LiveChecks | undefined): void {
  let release: (() => void) | null = null;
  let releaseChecks: (() => void) | null = null;
  const update = () => {
    const { busy, profile, waitingFor } = fill.getState();
    const working = busy !== null || profile.status === 'loading';
    if (working && !release) release = settled.begin();
    const setting = busy !== null && waitingFor === null;
    if (live && setting && !releaseChecks) releaseChecks = live.hold();
    if (!setting && releaseChecks) {
      releaseChecks();
      releaseChecks = null;
    }
    if (!working && release) {
      release();
      release = null;
    }
  };
  fill.subscribe(update);
  update();
}
