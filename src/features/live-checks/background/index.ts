/**
 * The live checks in the background: the findings for the values read so far, and the
 * application in progress per tab, which ends when the tab closes or leaves e-İkamet.
 */
import type { BackgroundFeature } from '../../../background/router';
import {
  endSessionOfTab,
  listenForTabs,
  sessionOfTab,
  updateSessionOfTab,
} from './application-session-handler';
import { assess } from './assess-handler';

export const liveChecksBackground: BackgroundFeature = {
  name: 'live-checks',
  handlers: {
    assess,
    'application-session': sessionOfTab,
    'application-session-update': updateSessionOfTab,
    'application-session-end': endSessionOfTab,
  },
  listen: listenForTabs,
};
