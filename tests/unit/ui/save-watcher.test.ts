/**
 * Application-ended detection: the person's final action on the summary step, confirmed by
 * the page. Anything less (a click alone, a refusal, silence, a robot's click) ends nothing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isFinalAction, watchSave } from '../../../src/features/live-checks/content/save-watcher';
import type { PageRecognition } from '../../../src/page/recognition-types';

const SUMMARY = `
  <form id="f"><table><tr><th>Adı</th><td>AYŞE</td></tr></table>
  <label><input id="consent" type="checkbox"> Okudum, anladım</label>
  <div class="buttons">
    <button type="button" id="b1" class="btn">Geri</button>
    <button type="button" id="b2" class="btn">Yazdır</button>
    <button type="button" id="b3" class="btn btn-success">Onaylıyorum</button>
  </div></form>`;

function recognition(kind: PageRecognition['kind'] = 'wizard-summary'): PageRecognition {
  const consent = document.getElementById('consent') as HTMLElement;
  return {
    kind,
    lang: 'tr',
    fields: [
      {
        key: 'consent',
        element: consent,
        anchor: consent,
        widget: 'checkbox',
        matchedBy: 'label',
        label: 'Okudum',
        fillable: false,
      },
    ],
    drift: null,
    fillAllowed: false,
    applicationKind: null,
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const click = (id: string) =>
  document.getElementById(id)?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
function message(text: string, className = 'noty_bar noty_type__success'): void {
  const bar = document.createElement('div');
  bar.className = className;
  bar.textContent = text;
  document.body.append(bar);
}

describe('watchSave', () => {
  let ctx: ContentScriptContext;
  let kind: PageRecognition['kind'];
  const onSaved = vi.fn();
  const start = (trusted = true, confirmMs = 200) =>
    watchSave(ctx, () => recognition(kind), onSaved, { isTrusted: () => trusted, confirmMs });

  beforeEach(() => {
    document.body.innerHTML = SUMMARY;
    ctx = new ContentScriptContext('save-watcher-test');
    kind = 'wizard-summary';
    onSaved.mockReset();
  });
  afterEach(() => {
    vi.useRealTimers();
    ctx.notifyInvalidated();
  });

  it('ends when the final button (found by place, not by id or wording) is followed by a success message', async () => {
    start();
    (document.getElementById('consent') as HTMLInputElement).checked = true;
    click('b3');
    await tick();
    expect(onSaved).not.toHaveBeenCalled();
    message('Başvurunuz başarıyla kaydedilmiştir.');
    await tick();
    expect(onSaved).toHaveBeenCalledTimes(1);
  });

  it('ends when an application number appears, or the summary gives way to a page that is no step', async () => {
    start();
    (document.getElementById('consent') as HTMLInputElement).checked = true;
    click('b3');
    message('Application no: 2026-34-0001234', 'receipt');
    await tick();
    expect(onSaved).toHaveBeenCalledTimes(1);

    click('b3');
    kind = 'status';
    document.body.append(document.createElement('div'));
    await tick();
    expect(onSaved).toHaveBeenCalledTimes(2);
  });

  it('ends on a trusted submit of the form followed by a success message', async () => {
    start();
    (document.getElementById('consent') as HTMLInputElement).checked = true;
    document.getElementById('f')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    message('Your application has been saved.');
    await tick();
    expect(onSaved).toHaveBeenCalledTimes(1);
  });

  it('ends nothing on a click alone, after a refusal, after the wait, without consent, off the summary or for a script', async () => {
    const consent = document.getElementById('consent') as HTMLInputElement;
    const stop = start(true, 50);

    // No consent: the site refuses; nothing is armed.
    click('b3');
    message('Başvurunuz kaydedildi.');
    await tick();
    expect(onSaved, 'no consent').not.toHaveBeenCalled();
    // Consent, then a refusal message: disarmed before the success.
    consent.checked = true;
    click('b3');
    message("Devam etmek için 'Okudum, anladım' kutusunu işaretleyiniz.", 'noty_bar noty_type__warning');
    await tick();
    message('Başvurunuz kaydedildi.');
    await tick();
    expect(onSaved, 'refusal').not.toHaveBeenCalled();
    // Back and Print are no final actions.
    click('b1');
    click('b2');
    message('Başvurunuz kaydedildi.');
    await tick();
    expect(onSaved, 'back/print').not.toHaveBeenCalled();
    // The page stays silent past the wait (a fake clock walks past it).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    click('b3');
    vi.advanceTimersByTime(50);
    vi.useRealTimers();
    message('Başvurunuz kaydedildi.');
    await tick();
    // Going back to a wizard step is not an end.
    click('b3');
    kind = 'wizard-insurance';
    document.body.append(document.createElement('div'));
    await tick();
    expect(onSaved).not.toHaveBeenCalled();
    stop();
    ctx.notifyInvalidated();
    ctx = new ContentScriptContext('save-watcher-test');

    // Untrusted clicks are a script's, not the person's.
    kind = 'wizard-summary';
    start(false);
    click('b3');
    message('Başvurunuz kaydedildi.');
    await tick();
    expect(onSaved).not.toHaveBeenCalled();
  });
});

describe('isFinalAction', () => {
  it('takes the save by caption or id, and otherwise the last action that is not back, print or cancel', () => {
    document.body.innerHTML = `
      <div><button id="x1">Kaydet ve Gönder</button><button id="x2">Geri</button></div>
      <div><input type="button" id="ctl00_Main_btnSave" value="→"><button id="y">Önceki</button></div>
      <div><button id="z1">İptal</button><button id="z2">Tamam</button></div>
      <div><button id="w1">Tamam</button><button id="w2">Yardım</button></div>`;
    const is = (id: string) => isFinalAction(document.getElementById(id));
    expect([
      is('x1'),
      is('x2'),
      is('ctl00_Main_btnSave'),
      is('y'),
      is('z1'),
      is('z2'),
      is('w1'),
      is('w2'),
    ]).toEqual([true, false, true, false, false, true, true, false]);
  });
});
