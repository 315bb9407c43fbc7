/**
 * A table built on first use instead of at module load. The content script is evaluated at
 * document_start, where its top-level work holds up the page's parsing; the recognition tables
 * wait until the overlay first needs them, after DOMContentLoaded.
 */
export function buildOnce<T>(build: () => T): () => T {
  let built: { readonly value: T } | undefined;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
}
