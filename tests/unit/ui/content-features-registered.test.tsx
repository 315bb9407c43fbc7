/**
 * A feature's part on the page is declared in `src/features/<feature>/content/index.ts(x)` and
 * registered with one call in the content script's entry. A feature written but not registered
 * would never show on the page. This runs the real entry's start and checks that every feature
 * with a content part is registered, once and by its folder's name; then that the overlay draws
 * what registered features put in the panel, keeps working when one of them fails, and starts a
 * feature another one uses first, once.
 */

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import entry from '../../../entrypoints/eikamet.content/index';
import {
  type ContentFeature,
  type OverlayHost,
  panelSections,
  registeredContent,
  startFeatures,
} from '../../../src/ui/overlay/content-feature';
import { Overlay } from '../../../src/ui/overlay/Overlay';
import { stubRecognition } from './stub-recognition';
import { uiText } from './ui-text';

const FEATURES = join(import.meta.dirname, '../../../src/features');

/** The features with a part on the page, by folder. */
const withContent = readdirSync(FEATURES).filter((feature) =>
  ['index.ts', 'index.tsx'].some((file) => existsSync(join(FEATURES, feature, 'content', file))),
);

/** Enough of WXT's context for the entry to start and stop at once. */
const stoppedContext = { isValid: false, onInvalidated: () => () => {} } as unknown as ContentScriptContext;

const host: Omit<OverlayHost, 'use' | 'find'> = {
  ctx: stoppedContext,
  settled: { begin: () => () => {}, track: (promise) => promise } as OverlayHost['settled'],
  taught: undefined,
  recognition: stubRecognition,
  recognizeNow: () => true,
  pageChanged: () => {},
  rerender: () => {},
};

describe('the content script entry', () => {
  it('registers every feature that has a part on the page, once, by its folder name', async () => {
    // Registering comes first; the start then stops, reported, for want of a background.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await entry.main(stoppedContext);
    warn.mockRestore();
    expect(withContent.length).toBeGreaterThanOrEqual(4);
    const names = registeredContent().map((feature) => feature.name);
    expect([...names].sort()).toEqual([...withContent].sort());
    for (const feature of withContent) {
      const exported = Object.values(
        (await import(`../../../src/features/${feature}/content/index.ts`).catch(
          () => import(`../../../src/features/${feature}/content/index.tsx`),
        )) as Record<string, ContentFeature<unknown>>,
      ).filter((part) => typeof part?.start === 'function');
      expect(exported.map((part) => part.name)).toEqual([feature]);
    }
  });
});

describe('features in the panel', () => {
  const drawing = (name: string, place: 'actions' | 'documents', marker: string): ContentFeature => ({
    name,
    start: () => ({ api: undefined, part: { panel: { [place]: () => <p data-testid={marker}>{name}</p> } } }),
  });

  it('draws each feature in its place, in registration order', () => {
    const running = startFeatures(
      [drawing('second', 'documents', 'doc'), drawing('first', 'actions', 'act')],
      host,
    );
    const text = uiText('en');
    const sections = panelSections(running, { recognition: stubRecognition(), pageSettling: false, text });
    const { getByTestId } = render(
      <Overlay
        recognition={stubRecognition()}
        text={text}
        panelCollapsed={false}
        focusedField={null}
        placeField={() => null}
        onTogglePanel={() => {}}
        sections={sections}
      />,
    );
    const action = getByTestId('act');
    const documents = getByTestId('doc');
    // The fill's place comes before the documents', whatever the order of registration.
    expect(action.compareDocumentPosition(documents) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('leaves out a feature that fails to start or to draw, and shows the others', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken: ContentFeature = {
      name: 'broken-start',
      start: () => {
        throw new Error('no');
      },
    };
    const badDraw: ContentFeature = {
      name: 'broken-draw',
      start: () => ({
        api: undefined,
        part: {
          panel: {
            actions: () => {
              throw new Error('no');
            },
          },
        },
      }),
    };
    const running = startFeatures([broken, badDraw, drawing('fine', 'actions', 'fine')], host);
    expect(running.map((feature) => feature.name)).toEqual(['broken-draw', 'fine']);
    const sections = panelSections(running, {
      recognition: stubRecognition(),
      pageSettling: false,
      text: uiText('en'),
    });
    const { getByTestId } = render(<div>{sections.actions}</div>);
    expect(getByTestId('fine').textContent).toBe('fine');
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('starts a feature another one uses first, and each only once', () => {
    const started: string[] = [];
    const base: ContentFeature<{ readonly value: number }> = {
      name: 'base',
      start: () => {
        started.push('base');
        return { api: { value: 7 }, part: {} };
      },
    };
    let seen: number | undefined;
    const user: ContentFeature = {
      name: 'user',
      start: (overlay) => {
        seen = overlay.use(base).value;
        started.push('user');
        return { api: undefined, part: {} };
      },
    };
    const running = startFeatures([user, base], host);
    expect(started).toEqual(['base', 'user']);
    expect(seen).toBe(7);
    // Drawn in registration order, not in the order they started.
    expect(running.map((feature) => feature.name)).toEqual(['user', 'base']);
  });
});
