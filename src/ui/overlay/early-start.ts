/**
 * What the overlay can do before the page is parsed: the content script runs at
 * document_start, asks for the two settings, the recognition tables and stylesheet, and the
 * texts in that language at once, and
 * leaves the page alone until its DOMContentLoaded and load events have gone by. Both answers
 * are back long before the page is, so the overlay renders from them without waiting, and the
 * page loads as it would without the assistant: nothing of ours runs between its
 * DOMContentLoaded and its load event.
 */

import type { Language } from '../../contracts/languages';
import { FIRST_NAMESPACES, LATER_NAMESPACES } from '../../i18n/catalogue';
import { installRecognitionTables } from '../../page/remote-tables';
import { send } from '../../protocol/send';
import { resolveLanguage } from '../i18n';
import { loadCatalogue } from './catalogue-client';
import { reportOnce } from './guard';
import { loadSettings, type OverlaySettings } from './settings';

export const DEFAULT_SETTINGS: OverlaySettings = { language: undefined, panelCollapsed: undefined };

export function languageFor(settings: OverlaySettings): Language {
  return resolveLanguage(settings.language, navigator.languages);
}

/** Starts the settings read and, as soon as the language is known, the texts' requests. */
export function prefetchSettingsAndTexts(): Promise<OverlaySettings> {
  const settings = loadSettings().catch((error: unknown): OverlaySettings => {
    reportOnce('loading settings', error);
    return DEFAULT_SETTINGS;
  });
  void settings.then((loaded) => {
    // Cached by catalogue-client: the overlay's own requests for this language get these answers.
    for (const part of [FIRST_NAMESPACES, LATER_NAMESPACES]) {
      loadCatalogue(languageFor(loaded), part).catch(() => {});
    }
  });
  return settings;
}

/**
 * Asks the background for the recognition tables and the overlay's stylesheet (the content
 * script carries neither: `src/page/remote-tables.ts`), and installs the tables once they are
 * here. Resolves with the stylesheet.
 */
export function prefetchOverlayAssets(): Promise<string> {
  return send('overlay-assets', {}).then(({ tables, css }) => {
    installRecognitionTables(tables);
    return css;
  });
}

/**
 * Resolves in the first task after the page's DOMContentLoaded (at once if that has passed).
 * A page with nothing left to fetch fires its load event in the same task as DOMContentLoaded,
 * so our start-up runs after both and never holds either up. The task is posted with
 * user-blocking priority where the browser has `scheduler.postTask`, so that it runs before
 * the page's own ready handlers (jQuery runs them from a timer): the overlay appears at once,
 * and the page's widget set-up waits one short task.
 */
export function afterDomContentLoaded(): Promise<void> {
  return new Promise((resolve) => {
    const next = () => postUrgentTask(resolve);
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', next, { once: true });
    } else {
      next();
    }
  });
}

interface TaskScheduler {
  postTask(callback: () => void, options: { priority: 'user-blocking' }): Promise<unknown>;
}

function postUrgentTask(callback: () => void): void {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (scheduler && typeof scheduler.postTask === 'function') {
    scheduler.postTask(callback, { priority: 'user-blocking' }).catch(() => callback());
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => callback();
  channel.port2.postMessage(null);
}

/** The longest the overlay waits for the page to finish its own set-up before watching it. */
export const PAGE_SETTLE_TIMEOUT_MS = 1000;
