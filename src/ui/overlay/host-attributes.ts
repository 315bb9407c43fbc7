import type { Language } from '../../contracts/languages';
import type { PageRecognition } from '../../page/recognition-types';

/**
 * Stable hooks on our shadow host for tests and later features:
 * `data-page` (recognised page kind), `data-drift="true"` (page differs from the map),
 * `data-ui-lang` (the assistant's language, not the page's).
 */
export function applyHostAttributes(host: Element, recognition: PageRecognition, uiLang: Language): void {
  setIfChanged(host, 'data-page', recognition.kind);
  setIfChanged(host, 'data-ui-lang', uiLang);
  if (recognition.drift) setIfChanged(host, 'data-drift', 'true');
  else host.removeAttribute('data-drift');
}

function setIfChanged(host: Element, name: string, value: string): void {
  if (host.getAttribute(name) !== value) host.setAttribute(name, value);
}
