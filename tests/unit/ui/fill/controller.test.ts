import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { summarise } from '../../../../src/features/fill/content/controller';
import { backgroundChooser } from '../../../../src/features/fill/content/option-request';
import type { FillReport } from '../../../../src/features/fill/page/fill';
import type { ActiveProfileValues } from '../../../../src/protocol/protocol';
import type { Send } from '../../../../src/protocol/send';
import { resetReportedErrors } from '../../../../src/ui/overlay/guard';
import { OMAR, recognitionOf, testController, testPage, typeInto } from './helpers';

beforeEach(() => {
  // Failures are reported once on the console by design; the tests check the state instead.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  resetReportedErrors();
});

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** A promise the test settles by hand, to play answers arriving out of order. */
function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

describe('the fill controller', () => {
  it('asks the background for the active profile, and again when profiles or the choice change', async () => {
    const { controller, deps, storageChanged } = testController();
    expect(controller.getState().profile).toEqual({ status: 'loading' });
    await vi.waitFor(() => expect(controller.getState().profile).toEqual({ status: 'ready', profile: OMAR }));

    const other: ActiveProfileValues = {
      id: 'p-2',
      displayName: 'Anna Petrova',
      values: { givenName: 'ANNA' },
    };
    vi.mocked(deps.loadProfile).mockResolvedValueOnce(other);
    storageChanged();
    await vi.waitFor(() =>
      expect(controller.getState().profile).toEqual({ status: 'ready', profile: other }),
    );

    vi.mocked(deps.loadProfile).mockResolvedValueOnce(null);
    storageChanged();
    await vi.waitFor(() => expect(controller.getState().profile).toEqual({ status: 'none' }));
  });

  it('keeps the newest answer when an older one arrives late', async () => {
    const first = deferred<ActiveProfileValues | null>();
    const second = deferred<ActiveProfileValues | null>();
    const loadProfile = vi.fn().mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    const { controller, storageChanged } = testController(OMAR, { loadProfile });
    storageChanged();
    second.resolve(null);
    await vi.waitFor(() => expect(controller.getState().profile).toEqual({ status: 'none' }));
    first.resolve(OMAR);
    await new Promise((settle) => setTimeout(settle, 0));
    expect(controller.getState().profile).toEqual({ status: 'none' });
  });

  it('treats a failing background as "no profile" and never fills then', async () => {
    const page = testPage(['givenName']);
    const { controller, deps } = testController(OMAR, {
      loadProfile: vi.fn(async () => {
        throw new Error('Extension context invalidated.');
      }),
    });
    await vi.waitFor(() => expect(controller.getState().profile).toEqual({ status: 'none' }));
    await controller.fill(recognitionOf(page));
    expect(page.input('givenName').value).toBe('');
    expect(deps.getBridge).not.toHaveBeenCalled();
  });

  it('refuses to fill a drifted page or one that does not allow filling', async () => {
    const page = testPage(['givenName']);
    const { controller, deps } = testController();
    await vi.waitFor(() => expect(controller.getState().profile.status).toBe('ready'));
    await controller.fill(recognitionOf(page, { drift: { missing: ['surname'], unknown: [] } }));
    await controller.fill(recognitionOf(page, { kind: 'home', fillAllowed: false }));
    expect(page.input('givenName').value).toBe('');
    expect(controller.getState().session).toBeNull();
    expect(deps.getBridge).not.toHaveBeenCalled();
  });

  it('runs one action at a time', async () => {
    const page = testPage(['givenName']);
    const bridge = deferred<null>();
    const { controller, deps } = testController(OMAR, { getBridge: vi.fn(() => bridge.promise) });
    await vi.waitFor(() => expect(controller.getState().profile.status).toBe('ready'));
    const first = controller.fill(recognitionOf(page));
    expect(controller.getState().busy).toBe('fill');
    await controller.fill(recognitionOf(page));
    await controller.undo();
    bridge.resolve(null);
    await first;
    expect(deps.getBridge).toHaveBeenCalledTimes(1);
    expect(controller.getState()).toMatchObject({ busy: null, session: { phase: 'filled' } });
  });

  it('asks for the values and the lists’ choices in one round trip, and no other question', async () => {
    const page = testPage(['givenName', 'gender']);
    const ask = vi.fn(async () => [] as never[]);
    const { controller, deps } = testController(OMAR, {
      // The background answers the gender list with the values (as `fill-values` does).
      loadValues: vi.fn(async () => ({
        ...OMAR,
        choices: [
          { key: 'gender' as const, value: 'male', answer: { option: { value: '1', text: 'Male' } } },
        ],
      })),
      chooser: () => backgroundChooser(ask as unknown as Send),
    });
    await vi.waitFor(() => expect(controller.getState().profile.status).toBe('ready'));
    await controller.fill(recognitionOf(page));
    expect(deps.loadValues).toHaveBeenCalledWith(
      expect.objectContaining({
        lists: {
          lang: 'en',
          lists: [
            {
              key: 'gender',
              options: [
                { value: '1', text: 'Male' },
                { value: '2', text: 'Female' },
              ],
            },
          ],
        },
      }),
    );
    expect(ask).not.toHaveBeenCalled();
    expect((page.input('gender') as HTMLSelectElement).value).toBe('1');
    expect(page.input('givenName').value).toBe('OMAR');
  });

  it('says so when a fill fails as a whole, and changes nothing', async () => {
    const page = testPage(['givenName']);
    const { controller } = testController(OMAR, {
      getBridge: vi.fn(async () => {
        throw new Error('no bridge');
      }),
    });
    await vi.waitFor(() => expect(controller.getState().profile.status).toBe('ready'));
    await controller.fill(recognitionOf(page));
    expect(controller.getState()).toMatchObject({ busy: null, failed: 'fill', session: null });
    expect(page.input('givenName').value).toBe('');
  });

  it('undoes an overwrite and the first fill, newest first, back to the page before both', async () => {
    const page = testPage(['givenName', 'surname', 'birthPlace']);
    typeInto(page.input('birthPlace') as HTMLInputElement, 'HALEP');
    const { controller } = testController();
    await vi.waitFor(() => expect(controller.getState().profile.status).toBe('ready'));
    await controller.fill(recognitionOf(page));
    await controller.fill(recognitionOf(page), { overwrite: true });
    expect(page.input('birthPlace').value).toBe('ALEPPO');
    const session = controller.getState().session;
    expect(session?.results.map((result) => [result.key, result.outcome])).toEqual([
      ['givenName', 'filled'],
      ['surname', 'filled'],
      ['birthPlace', 'filled'],
    ]);
    expect([...(session?.filledElements.values() ?? [])].sort()).toEqual([
      'birthPlace',
      'givenName',
      'surname',
    ]);

    await controller.undo();
    expect(page.input('givenName').value).toBe('');
    expect(page.input('surname').value).toBe('');
    expect(page.input('birthPlace').value).toBe('HALEP');
    expect(controller.getState().session).toMatchObject({
      phase: 'undone',
      undone: { leftAlone: [], notRestored: [] },
    });
    expect(controller.getState().session?.filledElements.size).toBe(0);
  });

  it('loads the texts of a language once and tells the section when they arrive', async () => {
    const { controller, deps } = testController();
    const listener = vi.fn();
    controller.subscribe(listener);
    expect(controller.text('tr')).toBeNull();
    expect(controller.text('tr')).toBeNull();
    await vi.waitFor(() => expect(controller.text('tr')).not.toBeNull());
    expect(controller.text('tr')?.('fill.button', { name: 'Omar Haddad' })).toBe(
      'Omar Haddad profilinden doldur',
    );
    expect(deps.loadMessages).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalled();
  });

  it('does not ask again and again for texts the background cannot give', async () => {
    const loadMessages = vi.fn(async () => {
      throw new Error('messages: unknown language');
    });
    const { controller } = testController(OMAR, { loadMessages });
    expect(controller.text('ru')).toBeNull();
    await new Promise((settle) => setTimeout(settle, 0));
    expect(controller.text('ru')).toBeNull();
    expect(loadMessages).toHaveBeenCalledTimes(1);
  });

  it('stops listening to storage when the content script goes away', async () => {
    const { controller, deps, storageChanged } = testController();
    await vi.waitFor(() => expect(deps.loadProfile).toHaveBeenCalledTimes(1));
    controller.stop();
    storageChanged();
    expect(deps.loadProfile).toHaveBeenCalledTimes(1);
  });
});

describe('summarise', () => {
  const element = () => document.createElement('input');
  const report = (results: FillReport['results'], filled: HTMLElement[] = []): FillReport => ({
    results,
    filled: results.filter((result) => result.outcome === 'filled').map((result) => result.key),
    undo: filled.map((target, index) => ({
      key: results.filter((result) => result.outcome === 'filled')[index]?.key ?? 'givenName',
      target: { element: target, widget: 'text', via: 'dom' },
      previous: { value: '' },
      filled: { value: 'X' },
    })),
  });

  it('keeps one result per field in page order: filled by any fill, else the latest reason', () => {
    const a = element();
    const b = element();
    const session = summarise('wizard-personal', [
      report(
        [
          { key: 'givenName', outcome: 'filled', value: 'OMAR' },
          { key: 'birthPlace', outcome: 'skipped', reason: 'user-typed' },
          { key: 'email', outcome: 'skipped', reason: 'no-profile-value' },
          // A second field with the same key (the page repeats it): one summary item.
          { key: 'email', outcome: 'skipped', reason: 'no-profile-value' },
        ],
        [a],
      ),
      report(
        [
          { key: 'givenName', outcome: 'skipped', reason: 'same-value' },
          { key: 'birthPlace', outcome: 'filled', value: 'ALEPPO' },
          { key: 'email', outcome: 'skipped', reason: 'no-profile-value' },
        ],
        [b],
      ),
    ]);
    expect(session.results.map((result) => [result.key, result.outcome, result.reason])).toEqual([
      ['givenName', 'filled', undefined],
      ['birthPlace', 'filled', undefined],
      ['email', 'skipped', 'no-profile-value'],
    ]);
    expect([...session.filledElements]).toEqual([
      [a, 'givenName'],
      [b, 'birthPlace'],
    ]);
    expect(session.phase).toBe('filled');
  });
});
