export {
  HYPERCALLS,
  KVM_HOST_SMCCC_BASE,
  PKVM_PROT_FINALIZE_INDEX,
  SMCCC_FUNC_MASK,
  functionId,
  functionIndex,
  hypercallById,
  hypercallByName,
  isEarlyIndex,
} from './hypercall-table';
export type { HypercallArg, HypercallDef, HypercallOrigin } from './hypercall-table';
export { HypercallArgsError, decodeArgs, encodeHypercall, parseRegister } from './hypercall-args';
export type { HvcRegisters } from './hypercall-args';
