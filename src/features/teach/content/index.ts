/**
 * What a person taught about these pages (`taught-client.ts`, read at document_start by the
 * entry): a field taught here, in another tab, or removed in the options page has the page
 * recognised again. Teaching itself is offered in the fill's section (`TeachFields.tsx`).
 */
import type { ContentFeature } from '../../../ui/overlay/content-feature';
import { guard } from '../../../ui/overlay/guard';

export const teachContent: ContentFeature = {
  name: 'teach',
  start(host) {
    const stop = host.taught?.subscribe(guard('taught fields', () => host.pageChanged()));
    if (stop) host.ctx.onInvalidated(stop);
    return { api: undefined, part: {} };
  },
};
