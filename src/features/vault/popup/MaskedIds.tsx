import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Language } from '../../../contracts/languages';
import { lastFour, maskId } from './mask';
import { vaultText } from './text';

export interface MaskedIdsProps {
  readonly lang: Language;
  readonly passportNumber?: string | undefined;
  readonly foreignerId?: string | undefined;
  /** The row's name, for the reveal button's label ("Show the numbers of Omar Haddad"). */
  readonly name: string;
  readonly class?: string;
}

/**
 * A row's passport number and foreigner id, masked to "•••5678" with one reveal button. Only a
 * person's click reveals (untrusted events are ignored); the numbers are masked again as soon as
 * the pointer or the keyboard focus leaves. Screen readers hear "ending in 5678", not the dots.
 */
export function MaskedIds({ lang, passportNumber, foreignerId, name, class: className }: MaskedIdsProps) {
  const t = vaultText(lang);
  const [revealed, setRevealed] = useState(false);
  const ids = [
    passportNumber ? { kind: 'passport', value: passportNumber } : null,
    foreignerId ? { kind: 'foreignerId', value: foreignerId } : null,
  ].filter((id) => id !== null);
  const box = useRef<HTMLSpanElement>(null);
  // A layout effect runs with the render that reveals, so a pointer leaving right after the click
  // (before a plain effect would have run) still masks the numbers again.
  useLayoutEffect(() => {
    const element = box.current;
    if (!element || !revealed) return;
    const hide = () => setRevealed(false);
    const onFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget as Node | null;
      if (!next || !element.contains(next)) hide();
    };
    element.addEventListener('mouseleave', hide);
    element.addEventListener('focusout', onFocusOut);
    return () => {
      element.removeEventListener('mouseleave', hide);
      element.removeEventListener('focusout', onFocusOut);
    };
  }, [revealed]);
  if (ids.length === 0) return null;
  return (
    <span
      ref={box}
      class={className ? `masked-ids ${className}` : 'masked-ids'}
      data-masked-ids={revealed ? 'revealed' : 'masked'}
    >
      {ids.map((id, index) => (
        <span key={id.kind} class="masked-id" data-masked-id={id.kind}>
          {index > 0 ? <span aria-hidden="true"> · </span> : null}
          {revealed ? (
            <bdi dir="ltr">{id.value}</bdi>
          ) : (
            <>
              <span aria-hidden="true" dir="ltr">
                {maskId(id.value)}
              </span>
              <span class="visually-hidden">
                {t(`mask.endingIn.${id.kind}`, { last: lastFour(id.value) })}
              </span>
            </>
          )}
        </span>
      ))}{' '}
      <button
        type="button"
        class="link reveal-ids"
        aria-pressed={revealed ? 'true' : 'false'}
        aria-label={t(revealed ? 'mask.hideLabel' : 'mask.revealLabel', { name })}
        onClick={(event) => {
          if (!event.isTrusted) return;
          setRevealed((now) => !now);
        }}
        data-reveal-ids
      >
        {t(revealed ? 'mask.hide' : 'mask.reveal')}
      </button>
    </span>
  );
}
