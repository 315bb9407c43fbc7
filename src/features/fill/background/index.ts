/**
 * The fill in the background: which profile would fill, its values for the page at the
 * person's click, the fill section's texts, and which list option holds a profile value.
 */
import type { BackgroundFeature } from '../../../background/router';
import { activeProfileSummary, fillMessages, fillValues } from './fill-values-handler';
import { chooseOptionsRequest } from './option-choice-handler';

export const fillBackground: BackgroundFeature = {
  name: 'fill',
  handlers: {
    'active-profile': activeProfileSummary,
    'fill-values': fillValues,
    'fill-messages': fillMessages,
    'choose-options': chooseOptionsRequest,
  },
};
