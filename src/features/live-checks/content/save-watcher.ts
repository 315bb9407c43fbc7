/**
 * Notices the user ending the application on the summary step. A false "ended" throws away
 * what the assistant remembers, so two things must agree, and neither depends on the save
 * button's id or wording alone:
 *
 * 1. the person's own final action on the summary step, with the "Okudum, anladım" box
 *    ticked: a trusted submit of a form, or a trusted click on the step's final button (a
 *    save/send/complete caption or id, or else the last action button of the step that is not
 *    Back, Print or Cancel);
 * 2. then, within a short while, the page confirming it: a success message, an application
 *    number appearing, or the summary step giving way to a page that is no wizard step.
 *
 * A refusal (a warning or error message) or nothing happening disarms it. Only listens:
 * passive, capturing listeners and, while armed, a MutationObserver; it never prevents,
 * stops or causes anything.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageRecognition } from '../../../page/recognition-types';
import { toMatchForm } from '../../../page/text';
import { guard } from '../../../ui/overlay/guard';

/** How long after the final action the page may take to confirm it. */
export const END_CONFIRM_MS = 20_000;

const FINAL_WORDS = /\b(kaydet|save|gonder|send|submit|tamamla|complete|finish|bitir|onayla|confirm)\b/;
const NOT_FINAL_WORDS =
  /\b(geri|back|onceki|previous|yazdir|print|iptal|cancel|vazgec|duzenle|edit|indir|download|yardim|help)\b/;
const BUTTON = 'button,input[type=submit],input[type=button],input[type=image],a.btn,[role=button]';

/** Success wording in Turkish and English, on the folded text. */
const SUCCESS =
  /\b(kaydedil|basari|tamamlan|alin(di|mistir)|has been (saved|submitted|received|completed)|successfully)/;
/** e-İkamet application numbers look like 2026-34-0000001. */
const APPLICATION_NUMBER = /\b\d{4}-\d{2}-\d{7}\b/;
/** Messages styled as a warning or an error (Bootstrap alerts, noty, toasts, validation). */
const REFUSAL_CLASSES = /danger|warning|error/;

function captionOf(button: Element): string {
  const value = button instanceof HTMLInputElement ? button.value : (button.textContent ?? '');
  return toMatchForm(`${value} ${button.getAttribute('aria-label') ?? ''}`);
}

/**
 * Whether a click target is the summary step's final action: by its caption or id where it
 * says so; otherwise by place, the last action button of its group that is not a back, print
 * or cancel button (the site's wording may change, the layout of a final step rarely does).
 */
export function isFinalAction(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const button = target.closest(BUTTON);
  if (!button || button.closest('eikamet-assistant')) return false;
  if (button.hasAttribute('disabled')) return false;
  const caption = captionOf(button);
  const id = toMatchForm(button.id.replace(/([a-z])([A-Z])|_/g, '$1 $2'));
  if (NOT_FINAL_WORDS.test(caption) || NOT_FINAL_WORDS.test(id)) return false;
  if (FINAL_WORDS.test(caption) || FINAL_WORDS.test(id)) return true;
  const group = button.parentElement;
  if (!group) return false;
  const actions = Array.from(group.querySelectorAll(BUTTON)).filter(
    (candidate) => !candidate.hasAttribute('disabled') && !NOT_FINAL_WORDS.test(captionOf(candidate)),
  );
  return actions.length > 0 && actions[actions.length - 1] === button;
}

/** Text the page just added that confirms the save, or null. */
export function confirmationIn(node: Node): 'success' | 'refusal' | null {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!element || element.closest('eikamet-assistant')) return null;
  const text = toMatchForm((node.textContent ?? '').slice(0, 2000));
  if (!text) return null;
  const classes = `${element.getAttribute('class') ?? ''} ${element.closest('[class]')?.getAttribute('class') ?? ''}`;
  if (REFUSAL_CLASSES.test(classes)) return 'refusal';
  if (SUCCESS.test(text) || APPLICATION_NUMBER.test(node.textContent ?? '')) return 'success';
  return null;
}

export interface SaveWatchOptions {
  /** Whether the person made the event; the browser's flag in production. */
  readonly isTrusted?: (event: Event) => boolean;
  readonly confirmMs?: number;
}

export function watchSave(
  ctx: ContentScriptContext,
  getRecognition: () => PageRecognition,
  onSaved: () => void,
  options: SaveWatchOptions = {},
): () => void {
  const isTrusted = options.isTrusted ?? ((event: Event) => event.isTrusted);
  const confirmMs = options.confirmMs ?? END_CONFIRM_MS;
  let observer: MutationObserver | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const disarm = () => {
    observer?.disconnect();
    observer = null;
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const ended = () => {
    disarm();
    onSaved();
  };

  /** The final action on the summary step, with the consent box ticked where there is one. */
  const onSummaryWithConsent = (): boolean => {
    const recognition = getRecognition();
    if (recognition.kind !== 'wizard-summary') return false;
    const consent = recognition.fields.find((field) => field.key === 'consent')?.element;
    // Without the consent box ticked the site refuses to save: the application goes on.
    return !(consent instanceof HTMLInputElement && !consent.checked);
  };

  const arm = () => {
    disarm();
    observer = new MutationObserver(
      guard('save confirmation', (records: MutationRecord[]) => {
        for (const record of records) {
          const nodes = record.type === 'characterData' ? [record.target] : Array.from(record.addedNodes);
          for (const node of nodes) {
            const seen = confirmationIn(node);
            if (seen === 'refusal') return disarm();
            if (seen === 'success') return ended();
          }
        }
        // The summary gave way to a page that is no wizard step (a receipt, the status page).
        const kind = getRecognition().kind;
        if (kind !== 'wizard-summary' && !kind.startsWith('wizard-') && kind !== 'unknown') ended();
      }),
    );
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    timer = setTimeout(disarm, confirmMs);
  };

  const onClick = guard('save watcher', (event: MouseEvent) => {
    if (!isTrusted(event) || !isFinalAction(event.target) || !onSummaryWithConsent()) return;
    arm();
  });
  const onSubmit = guard('save watcher (submit)', (event: Event) => {
    if (!isTrusted(event) || !onSummaryWithConsent()) return;
    arm();
  });
  ctx.addEventListener(document, 'click', onClick, { capture: true, passive: true });
  ctx.addEventListener(document, 'submit', onSubmit, { capture: true, passive: true });
  ctx.onInvalidated(disarm);
  return disarm;
}
