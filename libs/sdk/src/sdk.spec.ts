import { KernelError, SMCCC_RET_NOT_SUPPORTED } from '@pkvm/errno';
import { pkvm } from '@pkvm/proto';
import { PkvmError } from './pkvm-error';
import { backoffMs, DEFAULT_RETRY, retryPolicy, sleep } from './retry';
import { methodNameOf, serviceClient, type CallOptions } from './service-client';

describe('sdk units', () => {
  it('retry policy: per-call layers override the client, false turns retries off, backoff is bounded with jitter', () => {
    expect(retryPolicy(undefined)).toEqual(DEFAULT_RETRY);
    expect(retryPolicy({ maxAttempts: 9 }, { initialBackoffMs: 10 })).toMatchObject({ maxAttempts: 9, initialBackoffMs: 10, maxBackoffMs: 1000 });
    expect(retryPolicy({ maxAttempts: 9 }, false).maxAttempts).toBe(1);
    expect(retryPolicy(false, { maxAttempts: 3 }).maxAttempts).toBe(3);
    const p = retryPolicy({ initialBackoffMs: 100, maxBackoffMs: 1000, multiplier: 2 });
    for (let i = 0; i < 50; i++) {
      const d1 = backoffMs(p, 1);
      expect(d1).toBeGreaterThanOrEqual(50);
      expect(d1).toBeLessThanOrEqual(100);
      const d3 = backoffMs(p, 3);
      expect(d3).toBeGreaterThanOrEqual(200);
      expect(d3).toBeLessThanOrEqual(400);
      expect(backoffMs(p, 30)).toBeLessThanOrEqual(1000);
    }
  });

  it('sleep is cut short by the signal', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 10);
    const t0 = Date.now();
    await expect(sleep(5000, ac.signal, () => new Error('cancelled'))).rejects.toThrow('cancelled');
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('PkvmError: registers map to errno and SMCCC x0; it stays a KernelError', () => {
    expect(PkvmError.fromRegisters('__pkvm_host_share_hyp', { x0: 0, x1: 0, x2: 0, x3: 0 })).toBeUndefined();
    expect(PkvmError.fromRegisters('__pkvm_init_vm', { x0: 0, x1: 3, x2: 0, x3: 0 })).toBeUndefined();
    const busy = PkvmError.fromRegisters('__pkvm_host_unshare_hyp', { x0: 0, x1: -16, x2: 0, x3: 0 })!;
    expect(busy).toBeInstanceOf(KernelError);
    expect(busy).toMatchObject({ name: 'PkvmError', errno: -16, errnoName: 'EBUSY', smcccX0: 0, smcccX1: -16, message: '__pkvm_host_unshare_hyp returned EBUSY (-16)' });
    expect(String(busy)).toBe('EBUSY (-16): __pkvm_host_unshare_hyp returned EBUSY (-16)');
    const ns = PkvmError.fromRegisters('__pkvm_init', { x0: SMCCC_RET_NOT_SUPPORTED, x1: 0, x2: 0, x3: 0 })!;
    expect(ns).toMatchObject({ errno: -95, errnoName: 'EOPNOTSUPP', smcccX0: -1 });
    const env = PkvmError.fromKernelError(KernelError.of('ENODEV', 'no SMMU 3'), 'IommuDumpService.Ste');
    expect(env).toMatchObject({ errno: -19, errnoName: 'ENODEV', smcccX0: 0, smcccX1: -19, method: 'IommuDumpService.Ste', message: 'no SMMU 3' });
  });

  it('serviceClient: one typed function per generated rpc; the call options reach the rpcImpl', async () => {
    expect(methodNameOf(pkvm.v1.IommuDumpService.prototype.ptdump)).toBe('IommuDumpService.Ptdump');
    const seen: { name: string; bytes: Uint8Array; opts: CallOptions }[] = [];
    const svc = serviceClient(pkvm.v1.IommuService, (opts) => (m, bytes, cb) => {
      if (!m) return;
      seen.push({ name: methodNameOf(m as never), bytes: bytes!, opts });
      cb(null, pkvm.v1.PingResponse.encode({ nonce: 'back', service: 'fake' }).finish());
    });
    expect(Object.keys(svc).sort()).toEqual(['health', 'ping']);
    const r = await svc.ping({ nonce: 'n1' }, { timeoutMs: 123 });
    expect(r).toBeInstanceOf(pkvm.v1.PingResponse);
    expect(r.nonce).toBe('back');
    expect(seen[0].name).toBe('IommuService.Ping');
    expect(pkvm.v1.PingRequest.decode(seen[0].bytes).nonce).toBe('n1');
    expect(seen[0].opts).toEqual({ timeoutMs: 123 });
  });
});
