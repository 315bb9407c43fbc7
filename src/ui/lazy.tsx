import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface LazyComponent<P> {
  (props: P & { readonly fallback?: JSX.Element | null }): JSX.Element | null;
  /** Starts loading ahead of need (on idle), so the first use is usually instant. */
  preload(): Promise<unknown>;
}

/**
 * A component whose code is fetched from the extension's own files on first use: the popup opens
 * with the list and loads the editor and look-ups only when asked (or when idle). Once loaded it
 * renders synchronously. A failed load is retried on the next mount rather than cached.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    loading ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  function Lazy({ fallback = null, ...props }: P & { readonly fallback?: JSX.Element | null }) {
    const [Component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    useEffect(() => {
      if (Component) return;
      let mounted = true;
      preload().then(
        (component) => mounted && setComponent(() => component),
        () => undefined,
      );
      return () => {
        mounted = false;
      };
    }, [Component]);
    return Component ? <Component {...(props as P)} /> : fallback;
  }
  return Object.assign(Lazy, { preload });
}
