import { functionId } from '@pkvm/hypercalls';
import { method } from '@pkvm/proto';
import type { ServedCall } from '@pkvm/transport';
import { hypercallLabels } from './hypercall-labels';

const served = (name: string, over: Partial<ServedCall> = {}): ServedCall => ({
  method: method(name), request: {}, response: {}, requestId: 'r1', traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  durationMs: 1, replayed: false, ...over,
});

describe('hypercallLabels', () => {
  it('labels a plain method by its proto name, with no function and no errno on success', () => {
    expect(hypercallLabels(served('IommuService.Ping'))).toEqual({ method: 'IommuService.Ping', function: '' });
  });

  it('names the SMCCC function of an Hvc from x0', () => {
    const x0 = functionId('__pkvm_host_share_hyp');
    expect(hypercallLabels(served('HypService.Hvc', { request: { x0 }, response: { x0: 0, x1: 0 } })))
      .toEqual({ method: 'HypService.Hvc', function: '__pkvm_host_share_hyp' });
  });

  it('takes x1 = -errno of a successful SMCCC return as the failure (cpu_reg(host_ctxt, 1) = ret)', () => {
    const x0 = functionId('__pkvm_host_share_hyp');
    expect(hypercallLabels(served('HypService.Hvc', { request: { x0 }, response: { x0: 0, x1: -1 } })).errno).toBe('EPERM');
    // a positive x1 is a result, not an error
    expect(hypercallLabels(served('HypService.Hvc', { request: { x0 }, response: { x0: 0, x1: 4096 } })).errno).toBeUndefined();
  });

  it('labels SMCCC_RET_NOT_SUPPORTED, and folds unknown function ids into one label', () => {
    expect(hypercallLabels(served('HypService.Hvc', { request: { x0: 0x1234 }, response: { x0: -1 } })))
      .toEqual({ method: 'HypService.Hvc', function: 'unknown', errno: 'SMCCC_RET_NOT_SUPPORTED' });
  });

  it('names the errno of a transport refusal', () => {
    expect(hypercallLabels(served('IommuEl2Service.EnableDev', { errno: -19, response: undefined })).errno).toBe('ENODEV');
  });
});
