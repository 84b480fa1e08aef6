import { KernelError } from '@pkvm/errno';
import type { SmmuDescriptor } from '@pkvm/platform';
import {
  CR0,
  GBPA,
  IDR0,
  idr0StLevel,
  idr1CmdqShift,
  idr1EvtqShift,
  idr1SidSize,
  SMMU_MMIO_MIN_SIZE,
  SmmuReg,
  STRTAB_BASE_CFG,
  STRTAB_MAX_L1_ENTRIES,
  STRTAB_SPLIT,
} from '@pkvm/smmuv3';
import { neg } from '../errnos';
import { HostDmaAllocator } from '../host-dma-allocator';
import { KernelWarning, SmmuProbeRecord, SmmuTablesRecord, strtabBytes } from '../kernel-state';
import type { SmmuMmioPort } from '../ports';
import type { DriverContext, InitDriverFault, InitDriverOutcome, KvmIommuDriver, RemoveDriverOutcome } from './kvm-iommu-driver';

/** Q_MAX_SZ_SHIFT (PAGE_SHIFT + MAX_PAGE_ORDER = 22) minus the entry size shift: cmdq 16 B, evtq 32 B entries. */
const CMDQ_MAX_SZ_SHIFT = 22 - 4;
const EVTQ_MAX_SZ_SHIFT = 22 - 5;
const CMDQ_ENT_BYTES = 16;
const EVTQ_ENT_BYTES = 32;
/** Register polls before a sync write gives up (ARM_SMMU_POLL_TIMEOUT_US in the kernel). */
const POLL_LIMIT = 16;
/** Q_BASE_RWA / STRTAB_BASE_RA: bit 62, i.e. bit 30 of the high word. */
const BASE_RA_HI = 1 << 30;
const TTENDIAN_BE = 3;
/** [inferred] sizeof(struct hyp_arm_smmu_v3_device): the array the host publishes, rounded up to pages. */
const SMMU_DEVICE_STRUCT_BYTES = 512;
const STALL_FORCE = 2;

/**
 * The v3 host SMMUv3 driver (arm-smmu-v3-kvm.c, PKVM.md §2.1 step 3): init_driver probes every "arm,smmu-v3"
 * node over the host's MMIO accesses, allocates its command queue and stream table in host RAM, resets it to
 * abort, and publishes the array to EL2; remove_driver disables each SMMU and restores its boot GBPA.
 *
 * Model choice, not in the posted v3 driver: the host driver also allocates the event queue and sets
 * EVTQ_BASE and CR0.EVTQEN, so that the SMMU records faults the twin's tools can read.
 */
export class SmmuV3HostDriver implements KvmIommuDriver {
  readonly kind = 'smmu-v3' as const;

  async initDriver(ctx: DriverContext, fault?: InitDriverFault): Promise<InitDriverOutcome> {
    const { platform, state } = ctx;
    const alloc = new HostDmaAllocator(platform.ram, state.carveOut?.hypMemBase ?? 0, state.dmaFloor);
    const warnings: KernelWarning[] = [];
    const log: string[] = [];
    const smmus: SmmuProbeRecord[] = [];
    // kvm_arm_smmu_v3_register allocated the array (one entry per node) before registering the driver.
    const arrayPages = Math.ceil((platform.smmus.length * SMMU_DEVICE_STRUCT_BYTES) / 4096);
    const array = { pfn: alloc.alloc(arrayPages * 4096) / 4096, pages: arrayPages };
    const arrayFields = { smmuArrayPfn: array.pfn, smmuArrayPages: array.pages };
    // platform_driver_probe(): every node is probed; a failed probe leaves that SMMU alone.
    for (const [index, s] of platform.smmus.entries()) {
      const r = await probeOne(ctx.mmio, index, s, alloc, warnings);
      if (!r.probed) log.push(`arm-smmu-v3-kvm ${s.id}: probe failed: ${r.reason}`);
      smmus.push(r);
    }
    const probed = smmus.filter((m) => m.probed).length;
    const expected = platform.smmus.length;
    if (fault?.errno) {
      // Injected: platform_driver_probe() returns the errno after every node was probed (and reset to abort,
      // which stays); `goto err_free` frees the array, nothing reaches EL2.
      log.push(`kvm-arm-smmu-v3: platform_driver_probe failed: ${fault.errno} [injected]`);
      return { ret: fault.errno, expected, probed, smmus, published: false, log, warnings, ...arrayFields };
    }
    if (probed !== expected) {
      // The array is freed: nothing reaches EL2. The SMMUs that did probe stay reset to abort.
      log.push(`kvm-arm-smmu-v3: probed ${probed} of ${expected} SMMUs`);
      return { ret: neg('EUNATCH'), expected, probed, smmus, published: false, log, warnings, ...arrayFields };
    }
    // kvm_hyp_arm_smmu_v3_smmus / kvm_hyp_arm_smmu_v3_count.
    let published = false;
    if (ctx.el2.publishSmmus) {
      try {
        await ctx.el2.publishSmmus(
          smmus.map((m) => ({ id: m.id, mmioBase: m.mmioBase, mmioSize: m.mmioSize, ...m.tables! })),
          array,
        );
        published = true;
      } catch (e) {
        if (!(e instanceof KernelError)) throw e;
        const refused = `kvm-arm-smmu-v3: publishing to EL2 refused: ${e.message}`;
        return { ret: e.errno, expected, probed, smmus, published, log: [...log, refused], warnings, ...arrayFields };
      }
    }
    return { ret: 0, expected, probed, smmus, published, log, warnings, ...arrayFields };
  }

  async removeDriver(ctx: DriverContext): Promise<RemoveDriverOutcome> {
    const warnings: KernelWarning[] = [];
    const restored: string[] = [];
    // platform_driver_unregister(): each bound device's remove.
    for (const m of ctx.state.smmus) {
      if (!m.probed || m.removed) continue;
      try {
        await writeCr0Sync(ctx.mmio, m.mmioBase, 0);
        await updateGbpa(ctx.mmio, m.mmioBase, m.bootGbpa, ~GBPA.UPDATE);
        restored.push(m.id);
      } catch (e) {
        if (!(e instanceof KernelError)) throw e;
        warnings.push({ site: 'kvm_arm_smmu_v3_remove', message: `${m.id}: ${e.message}` });
      }
    }
    return { driverRet: 0, restored, warnings };
  }
}

/** The driver's reset of one SMMU and the allocations behind it; a refusal is a record with probed = false. */
async function probeOne(mmio: SmmuMmioPort, index: number, s: SmmuDescriptor, alloc: HostDmaAllocator, warnings: KernelWarning[]): Promise<SmmuProbeRecord> {
  const base = s.base;
  const record = { id: s.id, index, mmioBase: base, mmioSize: s.size, bootGbpa: 0, evtqBase: 0, evtqLog2Entries: 0, removed: false };
  const refuse = (errno: number, reason: string): SmmuProbeRecord => ({ ...record, probed: false, errno, reason });
  // ARM_SMMU_OPT_PAGE0_REGS_ONLY: a frame without page 1.
  if (s.size < SMMU_MMIO_MIN_SIZE) return refuse(neg('ENODEV'), 'page-0-only register layout');
  try {
    const idr0 = await mmio.read32(base + SmmuReg.IDR0);
    const idr1 = await mmio.read32(base + SmmuReg.IDR1);
    // Feature checks: TRANS_S2 and TT_LE required, STALL_FORCE refused (the keep-list masks the rest).
    if (!(idr0 & IDR0.S2P)) return refuse(neg('ENODEV'), 'no stage-2 translation (IDR0.S2P = 0)');
    if (((idr0 >>> IDR0.TTENDIAN_SHIFT) & 0x3) === TTENDIAN_BE) return refuse(neg('ENODEV'), 'no little-endian table walks (IDR0.TTENDIAN = BE)');
    if (((idr0 >>> IDR0.STALL_MODEL_SHIFT) & 0x3) === STALL_FORCE) return refuse(neg('ENODEV'), 'stall model is STALL_FORCE');

    const tables = allocateTables(alloc, idr0, idr1);
    const evtqLog2Entries = Math.min(idr1EvtqShift(idr1), EVTQ_MAX_SZ_SHIFT);
    const evtqBase = alloc.alloc(2 ** evtqLog2Entries * EVTQ_ENT_BYTES);

    // Device reset (v3 host driver): WARN if enabled, save GBPA then ABORT, disable, program the bases.
    if ((await mmio.read32(base + SmmuReg.CR0)) & CR0.SMMUEN) warnings.push({ site: 'kvm_arm_smmu_device_reset', message: `${s.id}: SMMU currently enabled! Resetting...` });
    const bootGbpa = (await mmio.read32(base + SmmuReg.GBPA)) & ~GBPA.UPDATE;
    await updateGbpa(mmio, base, GBPA.ABORT, 0);
    await writeCr0Sync(mmio, base, 0);
    await writeBase(mmio, base + SmmuReg.STRTAB_BASE, tables.strtabBase, 0);
    await mmio.write32(base + SmmuReg.STRTAB_BASE_CFG, strtabBaseCfg(tables));
    await writeBase(mmio, base + SmmuReg.CMDQ_BASE, tables.cmdqBase, tables.cmdqLog2Entries);
    await mmio.write32(base + SmmuReg.CMDQ_PROD, 0);
    await mmio.write32(base + SmmuReg.CMDQ_CONS, 0);
    // Model choice (see the class comment): the event queue, enabled with SMMUEN still 0.
    await writeBase(mmio, base + SmmuReg.EVTQ_BASE, evtqBase, evtqLog2Entries);
    await mmio.write32(base + SmmuReg.EVTQ_PROD, 0);
    await mmio.write32(base + SmmuReg.EVTQ_CONS, 0);
    await writeCr0Sync(mmio, base, CR0.EVTQEN);
    return { ...record, probed: true, errno: 0, reason: '', bootGbpa, tables, evtqBase, evtqLog2Entries };
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    return refuse(e.errno, e.message);
  }
}

/** arm_smmu_init_queues / arm_smmu_init_strtab: linear, or two-level when IDR0.ST_LEVEL allows and SIDs span > 1 L2. */
function allocateTables(alloc: HostDmaAllocator, idr0: number, idr1: number): SmmuTablesRecord {
  const cmdqLog2Entries = Math.min(idr1CmdqShift(idr1), CMDQ_MAX_SZ_SHIFT);
  const sidBits = idr1SidSize(idr1);
  const strtabTwoLevel = idr0StLevel(idr0) === 1 && sidBits > STRTAB_SPLIT;
  const strtabLog2Size = strtabTwoLevel ? Math.min(sidBits, Math.log2(STRTAB_MAX_L1_ENTRIES) + STRTAB_SPLIT) : sidBits;
  const cmdqBase = alloc.alloc(2 ** cmdqLog2Entries * CMDQ_ENT_BYTES);
  const shape = { cmdqBase, cmdqLog2Entries, strtabBase: 0, strtabTwoLevel, strtabLog2Size };
  return { ...shape, strtabBase: alloc.alloc(strtabBytes(shape)) };
}

function strtabBaseCfg(t: SmmuTablesRecord): number {
  return t.strtabTwoLevel
    ? ((STRTAB_BASE_CFG.FMT_2LVL << STRTAB_BASE_CFG.FMT_SHIFT) | (STRTAB_SPLIT << STRTAB_BASE_CFG.SPLIT_SHIFT) | t.strtabLog2Size) >>> 0
    : t.strtabLog2Size;
}

/** A queue or table base register: RA/RWA (bit 62) | ADDR | LOG2SIZE [4:0] (0 for STRTAB_BASE). */
async function writeBase(mmio: SmmuMmioPort, pa: number, addr: number, log2: number): Promise<void> {
  const lo = ((addr % 2 ** 32) | log2) >>> 0;
  const hi = (Math.floor(addr / 2 ** 32) | BASE_RA_HI) >>> 0;
  await mmio.write64(pa, lo, hi);
}

/** arm_smmu_write_reg_sync(CR0): write, then poll CR0ACK. */
async function writeCr0Sync(mmio: SmmuMmioPort, base: number, value: number): Promise<void> {
  await mmio.write32(base + SmmuReg.CR0, value);
  for (let n = 0; n < POLL_LIMIT; n++) if ((await mmio.read32(base + SmmuReg.CR0ACK)) === value) return;
  throw KernelError.of('ETIMEDOUT', `CR0ACK did not follow CR0 = 0x${value.toString(16)}`);
}

/**
 * arm_smmu_update_gbpa(set, clr): wait for UPDATE to clear, write (GBPA & ~clr) | set | UPDATE, and poll
 * until the SMMU clears UPDATE (the update took effect).
 */
async function updateGbpa(mmio: SmmuMmioPort, base: number, set: number, clr: number): Promise<void> {
  const pa = base + SmmuReg.GBPA;
  const settled = async () => {
    for (let n = 0; n < POLL_LIMIT; n++) {
      const v = await mmio.read32(pa);
      if (!(v & GBPA.UPDATE)) return v;
    }
    throw KernelError.of('ETIMEDOUT', 'GBPA.UPDATE did not clear');
  };
  const current = await settled();
  await mmio.write32(pa, (((current & ~clr) | set) | GBPA.UPDATE) >>> 0);
  await settled();
}
