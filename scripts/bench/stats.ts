export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Median wall time of `fn` in milliseconds, after a warm-up, over `batches` batches of `perBatch` calls. */
export function timeMedian(fn: () => unknown, batches = 25, perBatch = 200): number {
  for (let i = 0; i < perBatch; i += 1) fn();
  const samples: number[] = [];
  for (let b = 0; b < batches; b += 1) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i += 1) fn();
    samples.push((performance.now() - start) / perBatch);
  }
  return median(samples);
}
