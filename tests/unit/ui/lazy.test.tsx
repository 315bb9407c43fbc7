import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyComponent } from '../../../src/ui/lazy';

afterEach(() => cleanup());

function Greeting({ name }: { readonly name: string }) {
  return <p data-greeting>Hello {name}</p>;
}

describe('components loaded on first use', () => {
  it('shows the fallback, then the component with its props; once loaded it renders at once', async () => {
    let loads = 0;
    const LazyGreeting = lazyComponent(async () => {
      loads += 1;
      return Greeting;
    });
    const first = render(<LazyGreeting name="Omar" fallback={<p data-loading>Loading…</p>} />);
    expect(first.container.querySelector('[data-loading]')).not.toBeNull();
    await waitFor(() => expect(first.container.textContent).toBe('Hello Omar'));
    first.unmount();

    const again = render(<LazyGreeting name="Leyla" fallback={<p data-loading>Loading…</p>} />);
    expect(again.container.textContent).toBe('Hello Leyla');
    expect(loads).toBe(1);
  });

  it('a failed load keeps the fallback and is tried again on the next use', async () => {
    let attempts = 0;
    const Flaky = lazyComponent(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('chunk missing');
      return Greeting;
    });
    const first = render(<Flaky name="Omar" fallback={<p>Loading…</p>} />);
    await waitFor(() => expect(attempts).toBe(1));
    expect(first.container.textContent).toBe('Loading…');
    first.unmount();
    const second = render(<Flaky name="Omar" fallback={<p>Loading…</p>} />);
    await waitFor(() => expect(second.container.textContent).toBe('Hello Omar'));
    expect(attempts).toBe(2);
  });
});
