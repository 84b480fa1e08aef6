import { ERRNO } from '@pkvm/errno';
import { PagePool, PhysicalMemory } from '@pkvm/phys-mem';
import { HostStage2Leaf, IdentityDomain, hostStage2Idmap, snapshotHostStage2 } from './identity-domain';
import { IOMMU_MMIO, IOMMU_READ, IOMMU_WRITE, PKVM_HOST_MEM_PROT, PKVM_HOST_MMIO_PROT, KVM_PGTABLE_PROT_R, pkvmToIommuProt } from './iommu-prot';
import { iommuPgsize } from './iommu-pgsize';
import { IoPgtableArmS2, PGSIZES_4K_GRANULE, SZ_1G, SZ_2M, SZ_4K } from './io-pgtable-arm';
import { ptdumpRanges } from './ptdump';
import { makePgtable, makePlatform } from './test-fixtures';

const RW = IOMMU_READ | IOMMU_WRITE;
const summary = (pt: IoPgtableArmS2) =>
  ptdumpRanges(pt).map((r) => `${r.iova.toString(16)}-${r.end.toString(16)} L${r.level} x${r.count} ${r.access} ${r.memType} ${r.shareability}`);

describe('pkvm_to_iommu_prot', () => {
  it('maps R/W, adds MMIO only for exactly RW, drops X, 0 -> 0', () => {
    expect(pkvmToIommuProt(PKVM_HOST_MEM_PROT)).toBe(RW);
    expect(pkvmToIommuProt(PKVM_HOST_MMIO_PROT)).toBe(RW | IOMMU_MMIO);
    expect(pkvmToIommuProt(KVM_PGTABLE_PROT_R)).toBe(IOMMU_READ);
    expect(pkvmToIommuProt(0)).toBe(0);
    expect(() => pkvmToIommuProt(1 << 3)).toThrow();
  });
});

describe('iommu_pgsize', () => {
  it('picks the largest aligned size and stops the run where a larger size becomes possible', () => {
    expect(iommuPgsize(PGSIZES_4K_GRANULE, 0x1ff000, 0x1ff000, 0x40_0000)).toEqual({ pgsize: SZ_4K, count: 1 });
    // a 1G block cannot fit after the run, so the whole length goes in 2M pages
    expect(iommuPgsize(PGSIZES_4K_GRANULE, 0x20_0000, 0x20_0000, SZ_1G)).toEqual({ pgsize: SZ_2M, count: 512 });
    // (1G - 2M) / 2M = 511 pages up to the 1G boundary, then a 1G block fits
    expect(iommuPgsize(PGSIZES_4K_GRANULE, 0x20_0000, 0x20_0000, 2 * SZ_1G)).toEqual({ pgsize: SZ_2M, count: 511 });
    expect(iommuPgsize(PGSIZES_4K_GRANULE, SZ_1G, SZ_1G, 3 * SZ_1G + SZ_2M)).toEqual({ pgsize: SZ_1G, count: 3 });
    expect(iommuPgsize(PGSIZES_4K_GRANULE, 0x20_0000, 0x20_0000, 0x30_0000)).toEqual({ pgsize: SZ_2M, count: 1 });
  });
});

describe('hostStage2Idmap (§3.5 SMMU side)', () => {
  it('maps memory as 4 KiB pages only, with IOMMU_CACHE (inner shareable, write-back)', () => {
    const { pt } = makePgtable({ ias: 40, oas: 40 });
    expect(hostStage2Idmap(pt, 0x8000_0000, 0x8000_0000 + SZ_1G, RW)).toBe(0);
    expect(summary(pt)).toEqual(['80000000-c0000000 L3 x262144 RW Normal-WB IS']);
  });

  it('maps MMIO with the largest blocks alignment and length allow (outer shareable, Device)', () => {
    const { pt } = makePgtable({ ias: 40, oas: 40 });
    const start = SZ_1G - SZ_2M - SZ_4K; // 4K up to 2M alignment, 2M up to 1G, then 1G, 2M, 4K tail
    const end = 3 * SZ_1G + SZ_2M + SZ_4K;
    expect(hostStage2Idmap(pt, start, end, RW | IOMMU_MMIO)).toBe(0);
    expect(summary(pt)).toEqual([
      '3fdff000-3fe00000 L3 x1 RW Device-nGnRE OS',
      '3fe00000-40000000 L2 x1 RW Device-nGnRE OS',
      '40000000-c0000000 L1 x2 RW Device-nGnRE OS',
      'c0000000-c0200000 L2 x1 RW Device-nGnRE OS',
      'c0200000-c0201000 L3 x1 RW Device-nGnRE OS',
    ]);
    for (const pa of [start, SZ_1G + 12345, end - 1]) expect(pt.iovaToPhys(pa)).toBe(pa);
  });

  it('clips to the output size and ignores empty ranges', () => {
    const { pt } = makePgtable({ ias: 32, oas: 32 });
    expect(hostStage2Idmap(pt, 2 ** 32 - SZ_2M, 2 ** 33, RW | IOMMU_MMIO)).toBe(0);
    expect(summary(pt)).toEqual(['ffe00000-100000000 L2 x1 RW Device-nGnRE OS']);
    expect(hostStage2Idmap(pt, 2 ** 32, 2 ** 33, RW)).toBe(0);
    expect(hostStage2Idmap(pt, SZ_2M, SZ_2M, RW)).toBe(0);
    expect(pt.tablePages).toBe(1);
  });

  it('unmaps with prot 0 in 4 KiB steps, and reports a range left partly mapped', () => {
    const { pt } = makePgtable({ ias: 40, oas: 40 });
    hostStage2Idmap(pt, 0x8000_0000, 0x8040_0000, RW);
    expect(hostStage2Idmap(pt, 0x8010_0000, 0x8020_0000, 0)).toBe(0);
    expect(pt.iovaToPhys(0x8010_0000)).toBe(0);
    expect(pt.iovaToPhys(0x800f_f000)).toBe(0x800f_f000);
    expect(hostStage2Idmap(pt, 0x8030_0000, 0x8050_0000, 0)).toBe(-ERRNO.EINVAL); // WARN upstream: [4M, 5M) was never mapped
    expect(pt.iovaToPhys(0x803f_f000)).toBe(0); // what was mapped is gone
  });

  it('stops at the first failure and returns its errno (ENOMEM from the pool)', () => {
    const { mem, pool } = makePlatform(4); // PGD (L1) + one L2 + two L3
    const pt = new IoPgtableArmS2(mem, pool, { ias: 39, oas: 40, pgsizeBitmap: PGSIZES_4K_GRANULE });
    expect(hostStage2Idmap(pt, 0, 3 * SZ_2M, RW)).toBe(-ERRNO.ENOMEM);
    expect(pt.iovaToPhys(2 * SZ_2M - SZ_4K)).toBe(2 * SZ_2M - SZ_4K);
    expect(pt.iovaToPhys(2 * SZ_2M)).toBe(0);
  });

  it('returns EEXIST when the range overlaps an existing leaf', () => {
    const { pt } = makePgtable({ ias: 40, oas: 40 });
    hostStage2Idmap(pt, 0x0900_0000, 0x0920_0000, RW | IOMMU_MMIO);
    expect(hostStage2Idmap(pt, 0x0910_0000, 0x0910_1000, RW)).toBe(-ERRNO.EEXIST);
  });
});

describe('snapshotHostStage2 (kvm_iommu_snapshot_host_stage2)', () => {
  // A constructed host stage-2 over a 40-bit IPA space: RAM at [2G, 3G), one GIC-like MMIO range.
  const leaves: HostStage2Leaf[] = [
    { start: 0, end: 0x0800_0000, state: 'empty', isMemory: false }, // never faulted, not memory -> MMIO
    { start: 0x0800_0000, end: 0x0820_0000, state: 'mapped', kvmProt: PKVM_HOST_MMIO_PROT, isMemory: false },
    { start: 0x0820_0000, end: 0x0840_0000, state: 'annotated', isMemory: false }, // donated SMMU MMIO
    { start: 0x0840_0000, end: 0x8000_0000, state: 'empty', isMemory: false },
    { start: 0x8000_0000, end: 0x8020_0000, state: 'mapped', kvmProt: PKVM_HOST_MEM_PROT, isMemory: true },
    { start: 0x8020_0000, end: 0x8040_0000, state: 'annotated', isMemory: true }, // hyp carve-out / IOMMU pool
    { start: 0x8040_0000, end: 0x8080_0000, state: 'mapped', kvmProt: KVM_PGTABLE_PROT_R, isMemory: true },
    { start: 0x8080_0000, end: 0xc000_0000, state: 'empty', isMemory: true },
    { start: 0xc000_0000, end: 2 ** 40, state: 'empty', isMemory: false },
  ];

  it('builds the identity map: memory as pages, MMIO as blocks, annotated ranges skipped', () => {
    const { pt } = makePgtable({ ias: 40, oas: 40 }, 4096);
    const domain = new IdentityDomain(pt);
    expect(domain.snapshot(leaves)).toBe(0);
    expect(domain.initialized).toBe(true);
    const s = summary(pt);
    expect(s.slice(0, 5)).toEqual([
      '0-8200000 L2 x65 RW Device-nGnRE OS', // empty non-memory and valid MMIO: same attributes, one run of 130M / 2M
      '8400000-40000000 L2 x446 RW Device-nGnRE OS', // (1024M - 132M) / 2M
      '40000000-80000000 L1 x1 RW Device-nGnRE OS',
      '80000000-80200000 L3 x512 RW Normal-WB IS',
      '80400000-80800000 L3 x1024 RO Normal-WB IS',
    ]);
    expect(s[5]).toBe('80800000-c0000000 L3 x260096 RW Normal-WB IS'); // (1024M - 8M) / 4K
    expect(s[6]).toBe('c0000000-10000000000 L1 x1021 RW Device-nGnRE OS'); // 1024 - 3 GiB
    expect(s).toHaveLength(7);
    expect(pt.iovaToPhys(0x0820_0000)).toBe(0);
    expect(pt.iovaToPhys(0x8030_0000)).toBe(0);
  });

  it('is initialised iff the walk succeeded; the run-time hook does nothing before', () => {
    const { mem, pool } = makePlatform(8);
    const pt = new IoPgtableArmS2(mem, pool, { ias: 40, oas: 40, pgsizeBitmap: PGSIZES_4K_GRANULE });
    const domain = new IdentityDomain(pt);
    expect(domain.hostStage2Changed(0x8000_0000, 0x8000_1000, PKVM_HOST_MEM_PROT)).toBe(0);
    expect(pt.iovaToPhys(0x8000_0000)).toBe(0); // not initialised: ignored
    expect(domain.snapshot(leaves)).toBe(-ERRNO.ENOMEM);
    expect(domain.initialized).toBe(false);
  });

  it('applies host ownership changes after the snapshot (set_owner: HOST -> map, other -> unmap)', () => {
    const { pt } = makePgtable({ ias: 40, oas: 40 }, 4096);
    const domain = new IdentityDomain(pt);
    domain.snapshot(leaves);
    expect(domain.hostStage2Changed(0x9000_0000, 0x9000_2000, 0)).toBe(0); // donated away
    expect(pt.iovaToPhys(0x9000_1000)).toBe(0);
    expect(domain.hostStage2Changed(0x8020_0000, 0x8020_1000, PKVM_HOST_MEM_PROT)).toBe(0); // returned to the host
    expect(pt.iovaToPhys(0x8020_0000)).toBe(0x8020_0000);
  });
});

describe('identity map over a 64 GiB-style platform memory (smoke)', () => {
  it('keeps table pages in the pool range', () => {
    const mem = new PhysicalMemory({ ram: [{ base: 0x8000_0000, size: 4 * SZ_1G }] });
    const pool = new PagePool(mem, { base: 0x8000_0000, size: 16 * 1024 * 4096 });
    const pt = new IoPgtableArmS2(mem, pool, { ias: 40, oas: 40, pgsizeBitmap: PGSIZES_4K_GRANULE });
    expect(hostStage2Idmap(pt, 0x1_0000_0000, 0x1_4000_0000, RW)).toBe(0);
    expect(pt.tablePages).toBe(1 + 512);
    pt.forEachLeaf(() => undefined, (_i, _l, pa) => expect(pool.contains(pa)).toBe(true));
  });
});
