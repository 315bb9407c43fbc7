/**
 * Page scripts for the e2e tests that put the extension on pages built differently from the
 * replica, or on a hostile page. Each runs in the page's own world (`page.evaluate`), as the
 * site's or an attacker's script would.
 */
import type { Page } from '@playwright/test';

export const KENDO_ROLES = ['dropdownlist', 'combobox', 'datepicker', 'maskedtextbox'] as const;

/**
 * After the page's Kendo widgets exist, takes their ids away the way other builds of the site
 * render them: the 1st, 4th, … lose their id, the 2nd, 5th, … all share one id, the rest get
 * meaningless WebForms ids. Posted names and labels stay (so `label[for]` no longer points at
 * anything). A list another list cascades from keeps its id: Kendo finds a cascade's parent by
 * id, so a page without ids would wire its cascades otherwise, and the page itself would break.
 * Returns the posted names of the widgets it changed.
 */
export function scrambleWidgetIds(page: Page): Promise<string[]> {
  return page.evaluate((roles) => {
    const $ = (window as unknown as { jQuery: (element: Element) => { data(key: string): unknown } }).jQuery;
    const all = [...document.querySelectorAll<HTMLElement>('[data-role]')].filter((element) =>
      roles.includes((element.getAttribute('data-role') ?? '').toLowerCase() as never),
    );
    const parents = new Set(
      all.map(
        (element) =>
          ($(element).data('kendoDropDownList') as { options?: { cascadeFrom?: string } } | undefined)
            ?.options?.cascadeFrom ?? '',
      ),
    );
    const widgets = all.filter((element) => !parents.has(element.id));
    widgets.forEach((element, index) => {
      if (index % 3 === 0) element.removeAttribute('id');
      else if (index % 3 === 1) element.id = 'ctl00_Main_Widget';
      else element.id = `ctl00_Main_txt${index * 7 + 3}`;
    });
    return widgets.map((element) => element.getAttribute('name') ?? '');
  }, KENDO_ROLES);
}

/** What the page's own jQuery / Kendo say about the widget whose input has this posted name. */
export function kendoStateByName(
  page: Page,
  name: string,
): Promise<{ widgetValue: string; widgetText: string; inputValue: string } | null> {
  return page.evaluate((posted) => {
    type Widget = { value(): unknown; text?(): string };
    const input = document.querySelector<HTMLInputElement>(`[data-role][name="${posted}"]`);
    const $ = (window as unknown as { jQuery: (element: Element) => { data(key: string): unknown } }).jQuery;
    if (!input) return null;
    const data = $(input);
    const widget = (data.data('kendoDropDownList') ??
      data.data('kendoComboBox') ??
      data.data('kendoDatePicker') ??
      data.data('kendoMaskedTextBox')) as Widget | undefined;
    if (!widget) return null;
    const value = widget.value();
    const pad = (n: number) => String(n).padStart(2, '0');
    return {
      widgetValue:
        value instanceof Date
          ? `${pad(value.getDate())}.${pad(value.getMonth() + 1)}.${value.getFullYear()}`
          : String(value ?? ''),
      widgetText: typeof widget.text === 'function' ? widget.text() : input.value,
      inputValue: input.value,
    };
  }, name);
}
