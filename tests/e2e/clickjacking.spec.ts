/**
 * Clicks a page cannot steal (issue 16), with the built extension loaded (`npx wxt build` first).
 * The page's own script, in its own world, turns the assistant's "Fill" button into a trap for a
 * person's real click: it restyles the button through the open shadow root (invisible and
 * stretched over the form, scaled up, clipped, filtered, moved onto a field), injects a style
 * into the shadow root, or draws a decoy over the real button that lets clicks through (a
 * top-layer popover, an iframe). It keeps re-applying its change whenever the assistant puts
 * the overlay back. The person, played by Playwright's mouse (trusted events), clicks where
 * they mean to: into a field, on a heading, on the decoy.
 *
 * Nothing may start. "Nothing happened" is shown without waiting a while: after the attack, a
 * later action of the person through the same overlay (switching the panel's language) has
 * visibly run; a fill started by an earlier click would have marked the fill section busy or
 * shown its summary by then (both are set as the click is handled), and the page's values are
 * unchanged. Then the person's ordinary click on the visible, unmodified button still fills.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/extension';
import { profileSeed } from '../support/profile-seed';
import { replicaUrl, routeReplica } from '../support/replica';
import { HOST, openPanel, replicaReady } from '../support/wizard';

const PERMIT_STEP = '/Ikamet/Basvuru/IkametIzniBilgileri?basvuruTuru=ilk';
const FIELD = '#IkametIzni_BitisTarihi';
const HEADING = 'h3.adim-baslik';
/** What the fill writes on this step, from the seeded profile. */
const FILLED_START = 'IkametIzni.BaslangicTarihi=01.03.2026';

test.use({ locale: 'en-US', viewport: { width: 1920, height: 1100 } });

type Point = { x: number; y: number };

/** A page script that keeps a trap in place until `window.__stopAttack()`. */
interface Variant {
  readonly name: string;
  /** Runs in the page's world; `field` is the box of the field the person will click. */
  readonly attack: (args: { host: string; field: DOMRect | Record<string, number> }) => void;
  /** Where the person clicks: ordinary places of the page, or the decoy they were shown. */
  readonly clicks: (places: { field: Point; heading: Point; decoy: Point }) => Point[];
}

/** Restyles the fill button with `style` (the page's inline style) and keeps it so. */
function restyle(style: string): Variant['attack'] {
  // The function body runs in the page; `style` arrives through the serialised source.
  return new Function(
    'args',
    `const css = ${JSON.stringify(style)}.replace(/FIELD_(\\w+)/g, (_, side) => args.field[side] + 'px');
    const button = () => document.querySelector(args.host)?.shadowRoot?.querySelector('[data-action="fill"]');
    let running = true;
    const keep = () => {
      if (!running) return;
      const target = button();
      if (target && target.getAttribute('style') !== css) target.setAttribute('style', css);
      requestAnimationFrame(keep);
    };
    keep();
    window.__stopAttack = () => { running = false; };`,
  ) as Variant['attack'];
}

const STRETCHED =
  'position:fixed!important;inset:0!important;width:100vw!important;height:100vh!important;max-width:none!important;margin:0!important;z-index:2147483647!important;';
const SEE_THROUGH =
  'background:transparent!important;color:transparent!important;border-color:transparent!important;box-shadow:none!important;';

const VARIANTS: readonly Variant[] = [
  {
    name: 'restyled through the shadow root: opacity 0 over the whole window',
    attack: restyle(`${STRETCHED}opacity:0!important;`),
    clicks: ({ field, heading }) => [field, heading],
  },
  {
    name: 'restyled through the shadow root: scaled up, see-through',
    attack: restyle(
      `position:fixed!important;left:0!important;top:0!important;transform-origin:0 0!important;transform:scale(60)!important;z-index:2147483647!important;${SEE_THROUGH}`,
    ),
    clicks: ({ field, heading }) => [field, heading],
  },
  {
    name: 'restyled through the shadow root: clip-path over the whole window, see-through',
    attack: restyle(`${STRETCHED}${SEE_THROUGH}clip-path:inset(0 0 0 0 round 1px)!important;`),
    clicks: ({ field, heading }) => [field, heading],
  },
  {
    name: 'restyled through the shadow root: filter opacity(0) over the whole window',
    attack: restyle(`${STRETCHED}filter:opacity(0)!important;`),
    clicks: ({ field, heading }) => [field, heading],
  },
  {
    name: 'restyled through the shadow root: moved onto a field, see-through',
    attack: restyle(
      `position:fixed!important;left:FIELD_left!important;top:FIELD_top!important;width:FIELD_width!important;height:FIELD_height!important;min-width:0!important;margin:0!important;padding:0!important;z-index:2147483647!important;${SEE_THROUGH}`,
    ),
    clicks: ({ field }) => [field, field],
  },
  {
    name: 'a top-layer popover that lets clicks through, drawn over the real button',
    attack: ({ host }) => {
      const button = document.querySelector(host)?.shadowRoot?.querySelector('[data-action="fill"]');
      const box = (button as Element).getBoundingClientRect();
      const decoy = document.createElement('div');
      decoy.setAttribute('popover', 'manual');
      decoy.textContent = 'Close this notice ✕';
      decoy.style.cssText = `position:fixed;inset:auto;margin:0;left:${box.left - 20}px;top:${box.top - 20}px;width:${box.width + 40}px;height:${box.height + 40}px;pointer-events:none;background:#fff;color:#000;border:1px solid #888;`;
      document.body.append(decoy);
      (decoy as HTMLElement & { showPopover(): void }).showPopover();
      (window as unknown as { __stopAttack: () => void }).__stopAttack = () => decoy.remove();
    },
    clicks: ({ decoy, field }) => [decoy, field],
  },
  {
    name: 'an iframe decoy that lets clicks through, stacked over the real button',
    attack: ({ host }) => {
      const button = document.querySelector(host)?.shadowRoot?.querySelector('[data-action="fill"]');
      const box = (button as Element).getBoundingClientRect();
      const decoy = document.createElement('iframe');
      decoy.srcdoc = '<body style="margin:0;background:#fff"><button>Continue to the form</button></body>';
      decoy.style.cssText = `position:fixed;left:${box.left - 10}px;top:${box.top - 10}px;width:${box.width + 20}px;height:${box.height + 20}px;border:0;pointer-events:none;z-index:2147483647;`;
      document.body.append(decoy);
      (window as unknown as { __stopAttack: () => void }).__stopAttack = () => decoy.remove();
    },
    clicks: ({ decoy, field }) => [decoy, field],
  },
  {
    name: 'a style injected into the shadow root',
    attack: ({ host }) => {
      const root = document.querySelector(host)?.shadowRoot as ShadowRoot;
      const css = `.fill-button{position:fixed!important;inset:0!important;width:100vw!important;height:100vh!important;max-width:none!important;margin:0!important;opacity:0!important;z-index:2147483647!important}`;
      let running = true;
      const keep = () => {
        if (!running) return;
        if (![...root.querySelectorAll('style')].some((style) => style.textContent === css)) {
          const style = document.createElement('style');
          style.textContent = css;
          root.append(style);
        }
        requestAnimationFrame(keep);
      };
      keep();
      (window as unknown as { __stopAttack: () => void }).__stopAttack = () => {
        running = false;
      };
    },
    clicks: ({ field, heading }) => [field, heading],
  },
];

function formValues(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input, textarea, select')].map(
      (input) => `${input.name || input.id}=${input.type === 'checkbox' ? input.checked : input.value}`,
    ),
  );
}

async function centre(locator: Locator): Promise<Point> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not rendered');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function start(page: Page): Promise<Locator> {
  await page.goto(replicaUrl(PERMIT_STEP, 'en'));
  await replicaReady(page);
  const host = page.locator(HOST);
  await expect(host).toHaveAttribute('data-page', 'wizard-permit');
  await openPanel(host);
  await expect(host.locator('[data-action="fill"]')).toBeVisible();
  return host;
}

/**
 * Nothing was started: a later action of the person (the panel's language) has run, and still
 * no fill is busy or summarised and the page holds what it held before.
 */
async function expectNothingStarted(page: Page, host: Locator, before: readonly string[]): Promise<void> {
  await expect(host).not.toHaveAttribute('data-held', /.*/);
  await host.locator('[data-language="tr"]').click();
  await expect(host.locator('.panel')).toHaveAttribute('lang', 'tr');
  await expect(host.locator('[data-fill]')).not.toHaveAttribute('aria-busy', /.*/);
  await expect(host.locator('[data-fill-summary]')).toBeHidden();
  expect(await formValues(page)).toEqual(before);
}

/** The person's ordinary click on the visible, unmodified button fills. */
async function expectOrdinaryClickFills(page: Page, host: Locator): Promise<void> {
  await host.locator('[data-action="fill"]').click();
  await expect(host.locator('[data-fill-summary]')).toHaveAttribute('data-fill-state', 'filled');
  expect(await formValues(page)).toContain(FILLED_START);
}

for (const variant of VARIANTS) {
  test(`${variant.name}: the person's clicks start nothing; a click on the real button fills`, async ({
    context,
    seedStorage,
  }) => {
    await seedStorage(profileSeed());
    await routeReplica(context, { lang: 'en' });
    const page = await context.newPage();
    const host = await start(page);
    const places = {
      field: await centre(page.locator(FIELD)),
      heading: await centre(page.locator(HEADING)),
      decoy: await centre(host.locator('[data-action="fill"]')),
    };
    const field = await page.locator(FIELD).boundingBox();
    const before = await formValues(page);
    expect(before).not.toContain(FILLED_START);

    await page.evaluate(variant.attack, {
      host: HOST,
      field: {
        left: field?.x ?? 0,
        top: field?.y ?? 0,
        width: field?.width ?? 0,
        height: field?.height ?? 0,
      },
    });
    for (const point of variant.clicks(places)) await page.mouse.click(point.x, point.y);
    await page.evaluate(() => (window as unknown as { __stopAttack: () => void }).__stopAttack());

    await expectNothingStarted(page, host, before);
    await expectOrdinaryClickFills(page, host);
  });
}

test('Enter and Space on the fill button count only where the person moved focus', async ({
  context,
  seedStorage,
}) => {
  await seedStorage(profileSeed());
  await routeReplica(context, { lang: 'en' });
  const page = await context.newPage();
  const host = await start(page);
  const before = await formValues(page);

  // The person types in a field; the page's script moves focus onto the assistant's button.
  await page.locator(HEADING).click();
  await page.evaluate((name) => {
    const button = document.querySelector(name)?.shadowRoot?.querySelector('[data-action="fill"]');
    (button as HTMLElement).focus();
  }, HOST);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await expectNothingStarted(page, host, before);

  // The person tabs to the button themselves: Enter fills.
  const fill = host.locator('[data-action="fill"]');
  const focused = () =>
    page.evaluate(
      (name) => document.querySelector(name)?.shadowRoot?.activeElement?.getAttribute('data-action') ?? '',
      HOST,
    );
  for (let presses = 0; presses < 20 && (await focused()) !== 'fill'; presses += 1)
    await page.keyboard.press('Tab');
  await expect(fill).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(host.locator('[data-fill-summary]')).toHaveAttribute('data-fill-state', 'filled');
  expect(await formValues(page)).toContain(FILLED_START);
});
