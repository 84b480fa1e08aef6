import { validateFaults } from '@pkvm/boot-saga';
import type { Faults } from '@pkvm/boot-saga';
import type { pkvm } from '@pkvm/proto';

/** StartBootRequest.faults as the saga's Faults (validated: KernelError EINVAL naming the field). */
export function faultsFromWire(w: pkvm.v1.IBootFaults | null | undefined): Faults {
  const out: { failStep?: Faults['failStep']; crash?: Faults['crash'] } = {};
  const f = w?.fail;
  if (f && (f.step || f.subStep)) {
    const errno = -Math.abs(Number(f.errno ?? 0));
    out.failStep = (f.subStep ? { subStep: f.subStep, errno } : { step: f.step, errno }) as Faults['failStep'];
  }
  const c = w?.crash;
  if (c && (c.service || c.atStep)) out.crash = { service: c.service ?? '', atStep: c.atStep ?? '', ...(c.subStep ? { subStep: c.subStep } : {}) } as Faults['crash'];
  validateFaults(out, 'faults');
  return out;
}
