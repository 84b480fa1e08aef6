/**
 * The seed of a randomised test. PKVM_SEED=n replays a run; under PKVM_SOAK=1 every run draws a fresh one (printed, so
 * a failure can be replayed); otherwise (CI, `npm test`) the suite's fixed seed, so a landing never depends on the draw.
 */
export function testSeed(suite: string, fixed: number): number {
  const pinned = process.env.PKVM_SEED;
  if (pinned !== undefined && pinned !== '') {
    const seed = Number(pinned);
    if (!Number.isSafeInteger(seed)) throw new Error(`PKVM_SEED must be an integer, got '${pinned}'`);
    return seed;
  }
  if (process.env.PKVM_SOAK !== '1') return fixed;
  const seed = Date.now() % 2 ** 31;
  // eslint-disable-next-line no-console
  console.log(`${suite}: fresh seed ${seed} (PKVM_SEED=${seed} replays it)`);
  return seed;
}
