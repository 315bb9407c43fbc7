/**
 * Notices the user saving the application on the summary step (the "Kaydet / Save" button,
 * with the "Okudum, anladım" box ticked), which ends it. Only listens: a passive, capturing
 * listener that reads the click's target; it never prevents, stops or causes anything.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageRecognition } from '../../../page/recognition-types';
import { toMatchForm } from '../../../page/text';
import { guard } from '../guard';

const SAVE_WORDS = new Set(['kaydet', 'save', 'kaydet ve gonder', 'save and send']);

export function isSaveButton(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const button = target.closest('button, input[type="submit"], input[type="button"], a.btn');
  if (!button) return false;
  if (/kaydet|save/i.test(button.id)) return true;
  const caption = button instanceof HTMLInputElement ? button.value : (button.textContent ?? '');
  return SAVE_WORDS.has(toMatchForm(caption));
}

export function watchSave(
  ctx: ContentScriptContext,
  getRecognition: () => PageRecognition,
  onSaved: () => void,
): void {
  const listener = guard('save watcher', (event: MouseEvent) => {
    if (!event.isTrusted) return;
    const recognition = getRecognition();
    if (recognition.kind !== 'wizard-summary' || !isSaveButton(event.target)) return;
    const consent = recognition.fields.find((field) => field.key === 'consent')?.element;
    // Without the consent box ticked the site refuses to save; the application goes on.
    if (consent instanceof HTMLInputElement && !consent.checked) return;
    onSaved();
  });
  ctx.addEventListener(document, 'click', listener, { capture: true, passive: true });
}
