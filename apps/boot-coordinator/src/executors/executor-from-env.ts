import { KernelError } from '@pkvm/errno';
import type { ServiceRuntime } from '@pkvm/service-host';
import { HypercallClient } from '@pkvm/transport';
import type { CoordinatorCrashMode } from '../saga/boot-saga-runner';
import { HostKernelStepExecutor } from './host-kernel-step-executor';
import { SimulatedStepExecutor } from './simulated-step-executor';
import type { StepExecutor } from './step-executor';

/**
 * The coordinator's environment:
 * - PKVM_BOOT_EXECUTOR: `host-kernel` (default: the real services over NATS) or `simulator` (libs/boot-saga's
 *   step model in this process, for tests and for stacks without the host-kernel boot service);
 * - PKVM_BOOT_CRASH_MODE: `restart` (default) or `exit`, how an injected coordinator crash is carried out;
 * - PKVM_SIM_STEP_DELAY_MS: latency of each simulated step (default 0);
 * - PKVM_BOOT_STEP_TIMEOUT_MS: deadline of a host-kernel step call (default 30000; __pkvm_init gets 4x).
 */
export interface BootCoordinatorSettings {
  readonly executor: 'host-kernel' | 'simulator';
  readonly crashMode: CoordinatorCrashMode;
  readonly simStepDelayMs: number;
  readonly stepTimeoutMs: number;
}

export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): BootCoordinatorSettings {
  const executor = env.PKVM_BOOT_EXECUTOR || 'host-kernel';
  if (executor !== 'host-kernel' && executor !== 'simulator') throw KernelError.of('EINVAL', `PKVM_BOOT_EXECUTOR: expected host-kernel or simulator, got ${executor}`);
  const crashMode = env.PKVM_BOOT_CRASH_MODE || 'restart';
  if (crashMode !== 'restart' && crashMode !== 'exit') throw KernelError.of('EINVAL', `PKVM_BOOT_CRASH_MODE: expected restart or exit, got ${crashMode}`);
  return {
    executor,
    crashMode,
    simStepDelayMs: Number(env.PKVM_SIM_STEP_DELAY_MS ?? 0),
    stepTimeoutMs: Number(env.PKVM_BOOT_STEP_TIMEOUT_MS ?? 30_000),
  };
}

export function createStepExecutor(rt: ServiceRuntime, s: BootCoordinatorSettings): StepExecutor {
  if (s.executor === 'simulator') return new SimulatedStepExecutor(rt.store, s.simStepDelayMs);
  const client = new HypercallClient(rt.nc, { subjectPrefix: rt.config.subjectPrefix, defaultTimeoutMs: s.stepTimeoutMs });
  return new HostKernelStepExecutor(client, { timeoutMs: s.stepTimeoutMs, pkvmInitTimeoutMs: 4 * s.stepTimeoutMs });
}
