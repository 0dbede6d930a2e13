/** The median of five timed runs, in ms, after one untimed run: for growth ratios, never for absolute limits. */
export function medianMs(run: () => void): number {
  run();
  const times = [0, 1, 2, 3, 4].map(() => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b)[2]!;
}
