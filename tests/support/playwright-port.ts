/** The `BrowserPort` of a Playwright page (Chromium): see tests/support/driver.ts. */
import type { Page } from '@playwright/test';
import type { BrowserPort } from './driver';

export function playwrightPort(page: Page): BrowserPort {
  return {
    browserName: 'chromium',
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    click: (x, y) => page.mouse.click(x, y),
    move: (x, y) => page.mouse.move(x, y),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    setInputFiles: (selector, files) => page.setInputFiles(selector, [...files]),
    screenshot: async (path) => {
      await page.screenshot({ caret: 'initial', path });
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}
