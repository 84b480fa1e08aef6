/**
 * A step failed after its transition's check passed: the kernel wraps those steps in WARN_ON(), which at
 * nVHE EL2 is hyp_panic(). Never an expected refusal: callers must not turn it into an errno.
 * `site` names the kernel's WARN_ON site, e.g. "__pkvm_host_donate_hyp: host_stage2_set_owner_locked".
 */
export class OwnershipBugError extends Error {
  override readonly name = 'OwnershipBugError';

  constructor(
    readonly site: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`WARN_ON(${site}): ${detail}`, options);
  }
}
