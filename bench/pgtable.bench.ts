/**
 * io-pgtable-arm stage-2 twin: map/unmap/iova_to_phys rates and the host stage-2 snapshot into the SMMU
 * identity map, each beside a flat typed-array baseline over the same addresses measured in the same run.
 * Prints, never asserts. A few seconds on 2 cores.
 *
 * Run by `npm run bench`, which loads scripts/register-paths.js for the `@pkvm/*` aliases.
 */
import * as pg from '@pkvm/pgtable';
import * as pm from '@pkvm/phys-mem';
import { ratePerSecond, reportFigure } from './bench-report';

const GiB = 2 ** 30;
const MiB = 2 ** 20;
const SZ_4K = 4096;
const SZ_2M = 2 * MiB;
const RAM_BASE = 0x8000_0000;
const IAS = 40; // 1 TiB host IPA space; oas 40 -> L1 start over 2 concatenated pages
const RW = pg.IOMMU_READ | pg.IOMMU_WRITE;
const progress = (msg: string) => process.stderr.write(`[pgtable.bench] ${msg}\n`);

function seconds(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

/** A platform with `ramBytes` of RAM at 2 GiB and a page-table pool carved from its top. */
function platform(ramBytes: number, poolBytes: number) {
  const mem = new pm.PhysicalMemory({ ram: [{ base: RAM_BASE, size: ramBytes }], mmio: [{ base: 0x0800_0000, size: 0x1000_0000 }] });
  const poolBase = RAM_BASE + ramBytes - poolBytes;
  const pool = new pm.PagePool(mem, { base: poolBase, size: poolBytes });
  const pt = new pg.IoPgtableArmS2(mem, pool, { ias: IAS, oas: IAS, pgsizeBitmap: pg.PGSIZES_4K_GRANULE });
  return { mem, pool, pt, poolBase };
}

/** Runs every timed path once on a throwaway table so the first figures are not measured cold (JIT). */
function warmUp(): void {
  progress('warm-up');
  const { pt } = platform(GiB, 64 * MiB);
  for (let i = 0; i < 100_000; i++) pt.mapPages(i * SZ_4K, RAM_BASE + i * SZ_4K, SZ_4K, 1, RW);
  for (let i = 0; i < 100_000; i++) pt.iovaToPhys(i * SZ_4K + 8);
  for (let i = 0; i < 100_000; i++) pt.unmapPages(i * SZ_4K, SZ_4K, 1);
  for (let i = 0; i < 20_000; i++) pt.mapPages(GiB + i * SZ_2M, 0, SZ_2M, 1, RW);
  for (let i = 0; i < 20_000; i++) pt.unmapPages(GiB + i * SZ_2M, SZ_2M, 1);
  pt.free();
}

function benchMapUnmap(): void {
  const n4k = 1 << 21; // 2M pages = 8 GiB of IOVA
  const n2m = 1 << 17; // 128K blocks = 256 GiB of IOVA
  const { pt } = platform(GiB, 256 * MiB);
  const flat = new Float64Array(n4k);
  const iovaBase = 0x100_0000_0000 / 4; // 256 GiB

  progress(`map/unmap ${n4k} 4 KiB pages, one per call`);
  const flatMap = ratePerSecond(n4k, (i) => { flat[i] = RAM_BASE + i * SZ_4K; });
  const map4k = ratePerSecond(n4k, (i) => { pt.mapPages(iovaBase + i * SZ_4K, RAM_BASE + i * SZ_4K, SZ_4K, 1, RW | pg.IOMMU_CACHE); });
  reportFigure({ name: 'mapPages 4 KiB (pgcount 1)', value: map4k, unit: 'ops/s', baselineName: 'flat typed-array store', baseline: flatMap });

  progress('iovaToPhys over the mapped 4 KiB pages, random order');
  const probes = new Float64Array(n4k);
  for (let i = 0; i < n4k; i++) probes[i] = Math.floor(Math.random() * n4k) * SZ_4K + ((i * 8) % SZ_4K);
  let sink = 0;
  const flatLookup = ratePerSecond(n4k, (i) => { const off = probes[i]; sink += flat[(off / SZ_4K) | 0] + (off % SZ_4K); });
  const xlate = ratePerSecond(n4k, (i) => { sink += pt.iovaToPhys(iovaBase + probes[i]); });
  reportFigure({ name: 'iovaToPhys (4 KiB leaves, random)', value: xlate, unit: 'ops/s', baselineName: 'flat typed-array lookup', baseline: flatLookup });

  const flatUnmap = ratePerSecond(n4k, (i) => { flat[i] = 0; });
  const unmap4k = ratePerSecond(n4k, (i) => { pt.unmapPages(iovaBase + i * SZ_4K, SZ_4K, 1); });
  reportFigure({ name: 'unmapPages 4 KiB (pgcount 1)', value: unmap4k, unit: 'ops/s', baselineName: 'flat typed-array store', baseline: flatUnmap });

  progress('map 4 KiB pages 512 per call');
  const runs = n4k / 512;
  const flatBulk = ratePerSecond(runs, (r) => { flat.fill(RAM_BASE, r * 512, r * 512 + 512); });
  const map4kBulk = ratePerSecond(runs, (r) => { pt.mapPages(iovaBase + 16 * GiB + r * SZ_2M, RAM_BASE, SZ_4K, 512, RW); });
  reportFigure({ name: 'mapPages 4 KiB x512 per call (runs/s)', value: map4kBulk, unit: 'runs/s', baselineName: 'flat typed-array fill x512', baseline: flatBulk });

  progress(`map/unmap ${n2m} 2 MiB blocks, one per call (fresh table)`);
  pt.free();
  const { pt: pt2 } = platform(GiB, 64 * MiB);
  const blocks = new Float64Array(n2m);
  const base2m = 0x80_0000_0000; // 512 GiB (up to 768 GiB, inside the 1 TiB IPA space)
  const flatMap2m = ratePerSecond(n2m, (i) => { blocks[i] = i * SZ_2M; });
  const map2m = ratePerSecond(n2m, (i) => { pt2.mapPages(base2m + i * SZ_2M, i * SZ_2M, SZ_2M, 1, RW | pg.IOMMU_MMIO); });
  reportFigure({ name: 'mapPages 2 MiB blocks (pgcount 1)', value: map2m, unit: 'ops/s', baselineName: 'flat typed-array store', baseline: flatMap2m });
  const flatUnmap2m = ratePerSecond(n2m, (i) => { blocks[i] = 0; });
  const unmap2m = ratePerSecond(n2m, (i) => { pt2.unmapPages(base2m + i * SZ_2M, SZ_2M, 1); });
  reportFigure({ name: 'unmapPages 2 MiB blocks (pgcount 1)', value: unmap2m, unit: 'ops/s', baselineName: 'flat typed-array store', baseline: flatUnmap2m });
  if (sink === 42) progress('');
}

/** The host stage-2 of a freshly booted host: everything empty except the hyp's page-table pool (annotated). */
function hostStage2(ramBytes: number, poolBase: number): pg.HostStage2Leaf[] {
  const ramEnd = RAM_BASE + ramBytes;
  return [
    { start: 0, end: RAM_BASE, state: 'empty', isMemory: false },
    { start: RAM_BASE, end: poolBase, state: 'empty', isMemory: true },
    { start: poolBase, end: ramEnd, state: 'annotated', isMemory: true },
    { start: ramEnd, end: 2 ** IAS, state: 'empty', isMemory: false },
  ];
}

function benchSnapshot(ramBytes: number, goal: string): void {
  const label = `${ramBytes / GiB} GiB`;
  const pages = ramBytes / SZ_4K;
  const poolBytes = Math.ceil((pages / 512 + 1024) * SZ_4K / MiB) * MiB; // one L3 per 2 MiB plus room
  const { pt, poolBase } = platform(ramBytes + poolBytes, poolBytes);
  const leaves = hostStage2(ramBytes + poolBytes, poolBase);
  progress(`snapshot of ${label} of host RAM (${pages} pages)`);
  const flat = new Float64Array(pages);
  const tFlat = seconds(() => { for (let i = 0; i < pages; i++) flat[i] = RAM_BASE + i * SZ_4K; });
  let ret = 0;
  const t = seconds(() => { ret = pg.snapshotHostStage2(pt, leaves); });
  if (ret !== 0) throw new Error(`snapshot failed: ${ret}`);
  if (pt.iovaToPhys(RAM_BASE + ramBytes - SZ_4K) !== RAM_BASE + ramBytes - SZ_4K) throw new Error('snapshot did not map the end of RAM');
  reportFigure({ name: `snapshot ${label} host RAM into the identity map`, value: t, unit: 's', baselineName: 'flat typed-array fill', baseline: tFlat, goal });
  reportFigure({ name: `page-table memory for ${label} identity map`, value: pt.tableBytes / MiB, unit: 'MiB', baselineName: 'flat u64 per page', baseline: (pages * 8) / MiB });
}

function main(): void {
  const t0 = Date.now();
  warmUp();
  benchMapUnmap();
  benchSnapshot(4 * GiB, '< 0.25 s');
  benchSnapshot(64 * GiB, '< 4 s');
  progress(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main();
