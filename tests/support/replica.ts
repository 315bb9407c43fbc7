/**
 * The e-İkamet replica: local copies of the site's pages served at the real hostname through
 * Playwright routing. Pages, partials and assets live in tests/fixtures/eikamet (see its README
 * for what is observed and what is reconstructed).
 *
 * Importing this module has no side effects; REPLICA_PAGES is plain data.
 */
import type { BrowserContext } from '@playwright/test';
import type { PageKind } from '../../src/page/page-kinds';
import { assetFile, type ReplicaLang } from '../fixtures/eikamet/server/assets';
import {
  handleReplicaRequest,
  REPLICA_ORIGIN,
  type ReplicaRequest,
  type ReplicaResponse,
} from '../fixtures/eikamet/server/routes';

export type { ReplicaLang } from '../fixtures/eikamet/server/assets';
export { DEFAULT_CURRENT_PERMIT_END, LANG_COOKIE, REPLICA_ORIGIN } from '../fixtures/eikamet/server/routes';

export const REPLICA_LANGS: readonly ReplicaLang[] = ['tr', 'en'];

export interface ReplicaOptions {
  /** Page language when neither `?lang=` nor the `replica-lang` cookie says otherwise. Default 'tr'. */
  lang?: ReplicaLang;
  /** A Content-Security-Policy header for every page (not assets), as a strict site would send. */
  csp?: string;
}

/**
 * The replica's answer to one request, with the options applied. Shared by Playwright's
 * routing (`routeReplica`) and the Firefox suite's request interception (tests/firefox).
 */
export function serveReplica(request: ReplicaRequest, options: ReplicaOptions = {}): ReplicaResponse {
  const response = handleReplicaRequest(request, options.lang ?? 'tr');
  if (!options.csp || !response.contentType.startsWith('text/html')) return response;
  return { ...response, headers: { ...response.headers, 'content-security-policy': options.csp } };
}

/**
 * Routes every request to https://e-ikamet.goc.gov.tr/** to the replica. Unknown paths get the
 * replica's 404 page. Other hosts are left alone (the caller decides whether they may load).
 */
export async function routeReplica(context: BrowserContext, options: ReplicaOptions = {}): Promise<void> {
  const defaultLang = options.lang ?? 'tr';
  await context.route(`${REPLICA_ORIGIN}/**`, async (route) => {
    const request = route.request();
    // Assets do not depend on the language: skip the extra round trip for the Cookie header.
    const isAsset = assetFile(new URL(request.url()).pathname) !== undefined;
    const cookie = isAsset ? undefined : (await request.allHeaders()).cookie;
    const response = serveReplica(
      { method: request.method(), url: request.url(), cookie },
      { ...options, lang: defaultLang },
    );
    await route.fulfill({
      status: response.status,
      contentType: response.contentType,
      body: response.body,
      headers: response.headers,
    });
  });
}

export type ApplicationKind = 'first' | 'extension' | 'transfer';

export interface ReplicaPage {
  /** Stable id; also the snapshot file name (tests/fixtures/eikamet/snapshots/{tr,en}/<id>.html). */
  readonly id: string;
  /** Path and query on https://e-ikamet.goc.gov.tr (language comes from the router or `?lang=`). */
  readonly path: string;
  readonly description: string;
  /** What page recognition must report for this page. */
  readonly expectedKind: Exclude<PageKind, 'unknown'>;
  /**
   * The application this variant belongs to in the replica's flow (its `?basvuruTuru=` or path);
   * null where none. The page itself shows it only on option, entry and lookup pages, and on the
   * permit step only as the current-permit fields (which do not tell extension from transfer).
   */
  readonly applicationKind: ApplicationKind | null;
}

/** Every page variant of the replica, in flow order. */
export const REPLICA_PAGES: readonly ReplicaPage[] = [
  {
    id: 'home',
    path: '/',
    description: 'Home page with the three application buttons (first, extension, transfer).',
    expectedKind: 'home',
    applicationKind: null,
  },
  {
    id: 'options-first',
    path: '/Ikamet/Basvuru/IlkBasvuru',
    description: 'Three-option page for a first application: new, continue, see result.',
    expectedKind: 'options',
    applicationKind: 'first',
  },
  {
    id: 'options-extension',
    path: '/Ikamet/Basvuru/UzatmaBasvuru',
    description: 'Three-option page for an extension application.',
    expectedKind: 'options',
    applicationKind: 'extension',
  },
  {
    id: 'options-transfer',
    path: '/Ikamet/Basvuru/GecisBasvuru',
    description: 'Three-option page for a transfer application.',
    expectedKind: 'options',
    applicationKind: 'transfer',
  },
  {
    id: 'first-entry',
    path: '/Ikamet/OnKayit',
    description: 'Pre-registration form (Ön Kayıt) of a first application, with captcha and consent.',
    expectedKind: 'first-entry',
    applicationKind: 'first',
  },
  {
    id: 'extension-entry',
    path: '/Ikamet/UzatmaGecisGiris/UzatmaBasvuru',
    description: 'Entry form of an extension application (card serial/number, province change, captcha).',
    expectedKind: 'extension-entry',
    applicationKind: 'extension',
  },
  {
    id: 'transfer-entry',
    path: '/Ikamet/UzatmaGecisGiris/GecisBasvuru',
    description: 'Entry form of a transfer application: the extension entry fields under another heading.',
    expectedKind: 'transfer-entry',
    applicationKind: 'transfer',
  },
  {
    id: 'continue-first',
    path: '/Ikamet/DevamEdenBasvuruGiris',
    description:
      'Lookup to continue or check a first application: application no., phone or e-mail, ID or passport.',
    expectedKind: 'continue',
    applicationKind: 'first',
  },
  {
    id: 'continue-extension',
    path: '/Ikamet/DevamEdenBasvuruGiris/UzatmaBasvuru',
    description: 'Lookup to continue or check an extension application.',
    expectedKind: 'continue',
    applicationKind: 'extension',
  },
  {
    id: 'continue-transfer',
    path: '/Ikamet/DevamEdenBasvuruGiris/GecisBasvuru',
    description: 'Lookup to continue or check a transfer application.',
    expectedKind: 'continue',
    applicationKind: 'transfer',
  },
  {
    id: 'status',
    path: '/Ikamet/BasvuruDurum?basvuruKayitNo=2026-88-0638278',
    description: 'Application status page: permit type, start-end dates, PTT barcode, status text.',
    expectedKind: 'status',
    applicationKind: null,
  },
  {
    id: 'verification',
    path: '/Ikamet/Dogrulama?basvuruTuru=ilk',
    description: 'E-mail verification gate (path invented): message and a resend button, no fields.',
    expectedKind: 'verification',
    applicationKind: 'first',
  },
  {
    id: 'wizard-personal',
    path: '/Ikamet/Basvuru/KisiselBilgiler?basvuruTuru=ilk',
    description: 'Wizard step 1, personal information, rendered into the page by script.',
    expectedKind: 'wizard-personal',
    applicationKind: 'first',
  },
  {
    id: 'wizard-passport',
    path: '/Ikamet/Basvuru/SeyahatBelgesi?basvuruTuru=ilk',
    description: 'Wizard step 2, travel document.',
    expectedKind: 'wizard-passport',
    applicationKind: 'first',
  },
  {
    id: 'wizard-permit-first',
    path: '/Ikamet/Basvuru/IkametIzniBilgileri?basvuruTuru=ilk',
    description: 'Wizard step 3, residence permit, first application: no current-permit fields.',
    expectedKind: 'wizard-permit',
    applicationKind: 'first',
  },
  {
    id: 'wizard-permit-extension',
    path: '/Ikamet/Basvuru/IkametIzniBilgileri?basvuruTuru=uzatma',
    description: 'Wizard step 3, extension: read-only current permit type and end date shown.',
    expectedKind: 'wizard-permit',
    applicationKind: 'extension',
  },
  {
    id: 'wizard-permit-transfer',
    path: '/Ikamet/Basvuru/IkametIzniBilgileri?basvuruTuru=gecis',
    description: 'Wizard step 3, transfer: read-only current permit type and end date shown.',
    expectedKind: 'wizard-permit',
    applicationKind: 'transfer',
  },
  {
    id: 'wizard-address',
    path: '/Ikamet/Basvuru/AdresBilgileri?basvuruTuru=ilk',
    description: 'Wizard step 4, address: province, district, neighbourhood cascade, street and numbers.',
    expectedKind: 'wizard-address',
    applicationKind: 'first',
  },
  {
    id: 'wizard-insurance',
    path: '/Ikamet/Basvuru/SaglikSigortasi?basvuruTuru=ilk',
    description: 'Wizard step 5, health insurance.',
    expectedKind: 'wizard-insurance',
    applicationKind: 'first',
  },
  {
    id: 'wizard-summary',
    path: '/Ikamet/Basvuru/Ozet?basvuruTuru=ilk',
    description: 'Wizard step 6, read-only summary with consent checkbox and Save.',
    expectedKind: 'wizard-summary',
    applicationKind: 'first',
  },
];

/** Full URL of a replica path, optionally with `?lang=` added. */
export function replicaUrl(path: string, lang?: ReplicaLang): string {
  const url = new URL(path, REPLICA_ORIGIN);
  if (lang) url.searchParams.set('lang', lang);
  return url.href;
}
