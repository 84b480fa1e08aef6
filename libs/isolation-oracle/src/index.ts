// @pkvm/isolation-oracle: the isolation invariant as a pure check (ARCHITECTURE.md "The isolation invariant").
export type * from './types';
export { walkStage2Ranges } from './stage2-leaves';
export type { DescriptorMemory, Stage2TableConfig, Stage2WalkStats } from './stage2-leaves';
export { hostOwns, categorize, designGapName } from './classify';
export { checkWalk, reachedPhysical, ownerAt } from './check-isolation';
export type { WalkCheckInputs, WalkCheckResult } from './check-isolation';
export { planProbes, runProbes, seededRandom } from './dma-probe';
export type { ProbePlanOptions, ProbePoint } from './dma-probe';
export { IsolationOracle, RunningDigest, checkIsolation, BLOCKING_KINDS } from './oracle';
export type { OracleSources, CheckOptions } from './oracle';
