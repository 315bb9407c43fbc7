/** The document checklist in the background: the list for a situation, and its printable page. */
import type { BackgroundFeature } from '../../../background/router';
import { checklist } from './checklist-handler';
import { checklistPrint } from './checklist-print-handler';

export const checklistBackground: BackgroundFeature = {
  name: 'checklist',
  handlers: { checklist, 'checklist-print': checklistPrint },
};
