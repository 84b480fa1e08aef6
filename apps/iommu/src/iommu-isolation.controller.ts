import { Controller, Inject } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { ReachRange } from '@pkvm/isolation-oracle';
import { pkvm } from '@pkvm/proto';
import { ServiceRuntime } from '@pkvm/service-host';
import { Hypercall } from '@pkvm/transport';
import { dmaProbe, reachability } from './machine/reachability';
import { IsolationLedger } from './machine/isolation-ledger';
import { MachineService } from './machine.service';

/** Events read per page while the ledger catches up. */
const LEDGER_PAGE = 2_000;

/**
 * pkvm.v1.iommu.dump, the isolation oracle's views (libs/isolation-oracle, `pkvm check isolation`):
 * Reachability (a hardware-style walk from every attached STE), DmaProbe (probe-semantics DMA: no state
 * change, not recorded) and IsolationLedger (the pool-ENOMEM record and an idmap digest, from a follower of
 * the machine stream). None of them changes the machine or writes an event.
 */
@Controller()
export class IommuIsolationController {
  private ledger?: IsolationLedger;
  private catchingUp?: Promise<IsolationLedger>;

  constructor(
    @Inject(MachineService) private readonly svc: MachineService,
    @Inject(ServiceRuntime) private readonly rt: ServiceRuntime,
  ) {}

  @Hypercall('IommuDumpService.Reachability')
  async reachability(): Promise<pkvm.v1.IReachabilityResponse> {
    const m = await this.svc.ready();
    const r = reachability(m);
    const el2 = m.el2;
    const wire = (rs: ReachRange[]) => rs.map((x) => ({ iova: x.start, end: x.end, pa: x.pa, read: x.read, write: x.write, memAttr: x.memAttr ?? 0 }));
    // Streams sharing a table (the same walked runs) share one entry of `tables`.
    const tables: { s2Ttb: number; ranges: ReturnType<typeof wire> }[] = [];
    const index = new Map<ReachRange[], number>();
    const streams = r.streams.map((s) => {
      const base = { smmu: s.smmu, sid: s.sid, mode: s.mode, identity: s.identity, s2Ttb: s.s2ttb ?? 0, steAddress: s.steAddress, config: s.config };
      if (s.mode !== 'translate') return { ...base, ranges: wire(s.ranges) };
      let t = index.get(s.ranges);
      if (t === undefined) {
        t = tables.push({ s2Ttb: s.s2ttb ?? 0, ranges: wire(s.ranges) }) - 1;
        index.set(s.ranges, t);
      }
      return { ...base, table: t };
    });
    return {
      streams, tables,
      smmus: r.smmus, idmapPgd: r.idmapPgd, version: this.svc.version, descriptorsRead: r.descriptorsRead,
      walkerDisagreements: r.walkerDisagreements, poolBase: el2?.pool.base ?? 0, poolPages: el2?.pool.nrPages ?? 0,
      poolFreePages: el2?.pool.freeCount ?? 0,
    };
  }

  @Hypercall('IommuDumpService.DmaProbe')
  async dmaProbe(@Payload() req: pkvm.v1.DmaProbeRequest): Promise<pkvm.v1.IDmaProbeResponse> {
    const m = await this.svc.ready();
    const out = dmaProbe(m, req.smmu, req.sid, (req.iovas ?? []).map(Number));
    return { outcomes: out.map((o) => ({ iova: o.iova, read: o.read, write: o.write })), version: this.svc.version };
  }

  @Hypercall('IommuDumpService.IsolationLedger')
  async isolationLedger(): Promise<pkvm.v1.IIsolationLedgerResponse> {
    const l = await this.catchUp();
    return { version: l.version, idmapDigest: l.digest.value, failures: l.failures };
  }

  /** Reads the machine stream past the ledger's version (one catch-up at a time). */
  private catchUp(): Promise<IsolationLedger> {
    this.catchingUp ??= (async () => {
      const m = await this.svc.ready();
      const l = (this.ledger ??= new IsolationLedger(m.platform));
      for (;;) {
        const page = await this.rt.store.readStream(this.svc.streamId, l.version + 1, LEDGER_PAGE);
        for (const e of page) l.apply(e.streamVersion, e.type, e.payload);
        if (page.length < LEDGER_PAGE) return l;
      }
    })().finally(() => (this.catchingUp = undefined));
    return this.catchingUp;
  }
}
