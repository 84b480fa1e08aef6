import { loadShippedPlatform } from '@pkvm/platform';
import { PKVM_HOST_MEM_PROT } from '@pkvm/pgtable';
import { GBPA, SmmuReg } from '@pkvm/smmuv3';
import { Machine } from './machine';
import { decodeImage, encodeImage } from './machine-image-codec';
import { captureImage, restoreImage } from './machine-snapshot';
import { stateHash } from './state-hash';

/** large.json: three SMMUs with two-level stream tables, so enable_dev allocates L2 tables from the pool. */
function booted(): Machine {
  const p = loadShippedPlatform('large');
  const m = new Machine(p);
  for (const s of p.smmus) m.mmioWrite(s.base + SmmuReg.GBPA, 4, (GBPA.ABORT | GBPA.UPDATE) >>> 0, 0);
  m.initIommu(0xf000_0000, 0x100_0000, []);
  m.snapshotHostStage2([{ start: 0x8000_0000, end: 0x8800_0000, state: 'empty', kvmProt: 0, isMemory: true }]);
  return m;
}

/** The same mixed work on any machine: pool allocations (L2 tables, page tables), frees, DMA. */
function work(m: Machine, seed: number): void {
  for (let i = 0; i < 6; i++) m.enableDev(i % 3, (seed * 37 + i * 300) % 65536);
  m.hostStage2Idmap(0x9000_0000 + seed * 0x20_0000, 0x9000_0000 + seed * 0x20_0000 + 0x3000, PKVM_HOST_MEM_PROT);
  m.hostStage2Idmap(0x8010_0000, 0x8010_2000, 0);
  m.dma(0, (seed * 37) % 65536, 0x8000_0000 + seed * 0x1000, 128, 'write', new Uint8Array(128).fill(seed));
  m.dma(1, (seed * 37 + 1 * 300) % 65536, 0x8010_0000, 8, 'read');
}

describe('machine snapshots', () => {
  it('capture -> bytes -> restore reproduces the state hash, and both machines stay equal under the same work', () => {
    const live = booted();
    work(live, 1);
    const image = captureImage(live)!;
    const restored = restoreImage(live.platform, decodeImage(encodeImage(image)));
    expect(stateHash(restored)).toEqual(stateHash(live));
    for (let seed = 2; seed < 5; seed++) {
      work(live, seed);
      work(restored, seed);
    }
    expect(stateHash(restored)).toEqual(stateHash(live));
    expect(restored.el2!.pool.freeCount).toBe(live.el2!.pool.freeCount);
  });

  it('a tampered image is refused with EIO (the hash guard)', () => {
    const image = captureImage(booted())!;
    image.frames[0][1][5] ^= 1;
    expect(() => restoreImage(loadShippedPlatform('large'), image)).toThrow(/snapshot restore reached/);
  });

  it('is not taken while an SMMU holds invalidations waiting for a CMD_SYNC', () => {
    const m = booted();
    // the host queues a CFGI_STE by hand behind the EL2 driver's back, without a SYNC
    const cmdq = m.el2!.tables[0].cmdqBase;
    const prod = m.smmus[0].read32(SmmuReg.CMDQ_PROD);
    const slot = cmdq + (prod & 0xff) * 16;
    m.mem.write64(slot, 0x3, 5);
    m.mem.write64(slot + 8, 1, 0);
    m.mmioWrite(m.platform.smmus[0].base + SmmuReg.CMDQ_PROD, 4, prod + 1, 0);
    expect(m.smmus[0].pendingInvalidations).toBe(1);
    expect(captureImage(m)).toBeUndefined();
  });
});
