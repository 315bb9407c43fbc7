import type { ComponentChildren } from 'preact';

export interface TabsProps<T extends string> {
  readonly tabs: readonly T[];
  readonly current: T;
  readonly label: string;
  readonly tabLabel: (tab: T) => string;
  readonly onSelect: (tab: T) => void;
  readonly children: ComponentChildren;
}

/** WAI-ARIA tabs: arrow keys, Home and End move between tabs; the panel follows. */
export function Tabs<T extends string>({ tabs, current, label, tabLabel, onSelect, children }: TabsProps<T>) {
  function onKeyDown(event: KeyboardEvent) {
    const index = tabs.indexOf(current);
    const rtl = document.documentElement.dir === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let next: T | undefined;
    if (step !== undefined) next = tabs[(index + step + tabs.length) % tabs.length];
    else if (event.key === 'Home') next = tabs[0];
    else if (event.key === 'End') next = tabs[tabs.length - 1];
    if (next === undefined) return;
    event.preventDefault();
    onSelect(next);
    document.getElementById(`tab-${next}`)?.focus();
  }
  return (
    <>
      <div class="tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab}
            id={`tab-${tab}`}
            type="button"
            role="tab"
            aria-selected={tab === current ? 'true' : 'false'}
            aria-controls={`panel-${tab}`}
            tabIndex={tab === current ? 0 : -1}
            onClick={() => onSelect(tab)}
            data-tab={tab}
          >
            {tabLabel(tab)}
          </button>
        ))}
      </div>
      <div id={`panel-${current}`} role="tabpanel" aria-labelledby={`tab-${current}`} class="tab-panel">
        {children}
      </div>
    </>
  );
}
