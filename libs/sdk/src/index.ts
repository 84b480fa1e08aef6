/**
 * @pkvm/sdk: the twin's typed client for plain Node scripts (ARCHITECTURE.md, "Users' surfaces").
 * See examples/ for runnable programs; PkvmClient's doc comment for the shape.
 */
export { PkvmClient } from './pkvm-client';
export type {
  BootClient,
  HostClient,
  HvcCallOptions,
  HvcResult,
  HypClient,
  HypercallArgs,
  IommuClient,
  PkvmClientOptions,
  RetryInfo,
} from './pkvm-client';
export { PkvmError } from './pkvm-error';
export type { HvcRegisters, PkvmErrorDetails } from './pkvm-error';
export { EventStream } from './events';
export type { EventsOptions, PkvmEvent } from './events';
export { DEFAULT_RETRY } from './retry';
export type { RetryPolicy } from './retry';
export type { CallOptions, ServiceClient, ServiceCtor } from './service-client';
export { TransportError, NoRespondersError, DeadlineExceededError, CancelledError } from '../../transport/src/errors/transport-errors';
export { KernelError, isErrno, ERRNO, SMCCC_RET_SUCCESS, SMCCC_RET_NOT_SUPPORTED } from '@pkvm/errno';
export { pkvm } from '@pkvm/proto';
export { HypercallArgsError, HYPERCALLS, hypercallByName } from '@pkvm/hypercalls';
