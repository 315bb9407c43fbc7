/** Teaching a field in the background: a person's word on what a field is, checked and stored. */
import type { BackgroundFeature } from '../../../background/router';
import { teachFieldRequest } from './taught-handler';

export const teachBackground: BackgroundFeature = {
  name: 'teach',
  handlers: { 'teach-field': teachFieldRequest },
};
