import { METHODS, method, methodsOf, pkvm } from './index';

describe('method table', () => {
  it('puts the hypercall on the single pkvm.v1.hyp.Hvc subject, served by the hypervisor', () => {
    const hvc = method('HypService.Hvc');
    expect(hvc.subject).toBe('pkvm.v1.hyp.Hvc');
    expect(hvc.app).toBe('hypervisor');
    expect(hvc.requestType).toBe(pkvm.v1.HvcRequest);
    expect(hvc.responseType).toBe(pkvm.v1.HvcResponse);
  });

  it('gives every app Ping and Health on its own subject root', () => {
    const subjects = ['host-kernel', 'hypervisor', 'iommu', 'boot-coordinator'].flatMap((app) =>
      methodsOf(app as never).map((d) => d.subject),
    );
    expect(subjects).toEqual(
      expect.arrayContaining([
        'pkvm.v1.host.Ping',
        'pkvm.v1.hypervisor.Health',
        'pkvm.v1.iommu.Ping',
        'pkvm.v1.boot.Health',
      ]),
    );
    expect(new Set(subjects).size).toBe(METHODS.size);
  });

  it('round-trips a negative SMCCC register exactly', () => {
    const bytes = pkvm.v1.HvcResponse.encode({ x0: -1, x1: -22, x2: 0x8000_0000_0000, x3: 0 }).finish();
    const back = pkvm.v1.HvcResponse.decode(bytes);
    expect(back.x0).toBe(-1);
    expect(back.x1).toBe(-22);
    expect(back.x2).toBe(0x8000_0000_0000);
  });

  it('refuses an unknown method by name', () => {
    expect(() => method('HypService.Nope')).toThrow(/no proto method/);
  });
});
