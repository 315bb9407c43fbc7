import { SOURCES } from '../sources';
import type { DocumentSpec } from '../types';

/** Address proof: one of several documents for first and transfer, an e-Devlet one for extensions. */
export const ADDRESS_PROOF: readonly DocumentSpec[] = [
  {
    id: 'address-proof',
    group: 'address',
    titleKey: 'item.address-proof.title',
    noteKey: 'item.address-proof.note',
    when: 'first-or-transfer',
    source: SOURCES.addressProof,
    alternatives: [
      { id: 'address-lease', titleKey: 'alternative.address-lease.title' },
      {
        id: 'address-host-undertaking',
        titleKey: 'alternative.address-host-undertaking.title',
        noteKey: 'alternative.address-host-undertaking.note',
      },
      { id: 'address-dormitory', titleKey: 'alternative.address-dormitory.title' },
      { id: 'address-hotel', titleKey: 'alternative.address-hotel.title' },
      {
        id: 'address-own-home',
        titleKey: 'alternative.address-own-home.title',
        when: 'property-owner',
      },
    ],
  },
  {
    id: 'address-proof-edevlet',
    group: 'address',
    titleKey: 'item.address-proof-edevlet.title',
    noteKey: 'item.address-proof-edevlet.note',
    when: 'extension-only',
    source: SOURCES.addressProof,
  },
];
