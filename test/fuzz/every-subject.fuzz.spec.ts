/**
 * Issue 7 item 4: every subject of METHODS (all four apps), fuzzed against the real services booted to PROTECTED on
 * platforms/small.json, each a child process from dist/ on its own subject prefix (build first: `npx tsc -p
 * tsconfig.build.json`; `npm test` does).
 *
 * Per subject:
 *  (a) malformed bodies: random bytes, truncated valid encodings, another message type's encoding, wrong wire types,
 *      huge and over-long varints, huge length prefixes, unknown fields, invalid wire types, the empty body;
 *  (b) random well-formed requests: fast-check arbitraries derived from the request type's reflected fields
 *      (ints incl. negative/huge, strings, bytes, repeated, nested messages, enums incl. unknown values, oneofs);
 *  (c) for pkvm.v1.hyp.Hvc: hypercalls by name (libs/hypercalls) with random arguments.
 *
 * Asserted for every request: a pkvm.v1.Reply envelope comes back within the deadline (a result that decodes as the
 * response type, or an Error with a negative errno; never a timeout or no-responders); no service process exits (the
 * four children are alive and answer Ping after every batch); after every REJECTED request (an Error reply, or an Hvc
 * answered x0 = -1 or x1 < 0) the state hashes of iommu (IommuDumpService.StateHash), hypervisor
 * (HypervisorDumpService.HypState.state_hash), host-kernel (sha256 of KernelStatus version + state_json) and, as an
 * extra, the boot coordinator (ListBoots) are what they were before it. Requests are sent one at a time so that
 * every rejection is checked on its own (a snapshot after each rejection, and before any request that follows an
 * accepted one). One documented exception: a host CPU access (iommu mem/mmio) refused with EFAULT is a host stage-2
 * fault the machine reports to the hypervisor, which records it; there the hypervisor may move by exactly that one
 * fault record (its fault count +1, its memory map, VMs, init state, warnings and owner changes unchanged).
 * A request that gets no reply is a finding; if the service is alive but stopped serving (e.g. it lost its writer
 * lease), the run records that, waits until it answers again and goes on; a process that exited ends the run.
 *
 * Bounded for CI: 20 random requests per subject and 200 hypercalls; PKVM_SOAK=1 multiplies both by 20.
 * The seed is printed; PKVM_SEED=n replays a run. Without PKVM_SOAK the seed is fixed (1), so CI is reproducible.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { headers as natsHeaders } from '@nats-io/transport-node';
import * as fc from 'fast-check';
import * as protobuf from 'protobufjs';
import { HYPERCALLS, functionId } from '@pkvm/hypercalls';
import { METHODS, pkvm, type AppName, type MethodDescriptor } from '@pkvm/proto';
import { HEADER_DEADLINE, HEADER_REQUEST_ID, subjectFor } from '@pkvm/transport';
import { StackFixture } from '../boot/support/coordinator-fixture';
import { uniquePrefix } from '../support/nats-server';
import { repoRoot } from '../support/service-process';
import { testSeed } from '../support/test-seed';

const SOAK = process.env.PKVM_SOAK === '1' ? 20 : 1;
const RANDOM_PER_SUBJECT = 20 * SOAK;
const HYPERCALL_COUNT = 200 * SOAK;
const SEED = testSeed('every-subject fuzz', 1);
/** Deadline the request carries; the reply must come within it (plus transit slack). */
const DEADLINE_MS = 15_000;
const APPS: AppName[] = ['iommu', 'hypervisor', 'host-kernel', 'boot-coordinator'];
const SMALL_FILE = resolve(repoRoot, 'platforms/small.json');
const PING: Record<AppName, string> = {
  'boot-coordinator': 'BootCoordinatorService.Ping',
  'host-kernel': 'HostKernelService.Ping',
  hypervisor: 'HypervisorService.Ping',
  iommu: 'IommuService.Ping',
};

// ---------------------------------------------------------------------------------------- exclusions
//
// Calls that legitimately end the run when accepted. Excluded from (b) and (c); in (a), a malformed body that
// nevertheless decodes (e.g. a truncation at a field boundary) into one of these is not sent either.

const UNPIN_ID = functionId('__pkvm_hyp_unpin_shared_mem');
const EXCLUSIONS: { what: string; reason: string }[] = [
  {
    what: 'pkvm.v1.boot.saga.StartBoot (the whole subject in (b); in (a) only bodies that fail to decode are sent)',
    reason: 'accepted, it starts a second boot saga against the already booted stack (a machine boots once); the run is about a booted machine',
  },
  {
    what: 'pkvm.v1.host.boot.* with crash_before_commit = true (the field is forced to false in (b))',
    reason: 'fault injection: the host kernel SIGKILLs itself at the step by design (a supervisor restarts it)',
  },
  {
    what: 'pkvm.v1.host.boot.* with crash_service / crash_at / background_crash_service set (all forced to "" in (b))',
    reason: 'fault injection: the host arms the hypervisor\'s or the iommu\'s one-shot ArmCrash, which SIGKILLs that service by design',
  },
  {
    what: 'pkvm.v1.iommu.mmio.ArmCrash and pkvm.v1.hypervisor.early.ArmCrash with at != "" or immediately (forced to the disarm request { at: "", immediately: false } in (b))',
    reason: 'fault injection: the service SIGKILLs itself at once or at the next call of `at`, by design',
  },
  {
    what: 'Hvc __pkvm_hyp_unpin_shared_mem (x0 0x' + UNPIN_ID.toString(16) + '; excluded from (c), x0 re-drawn in (b))',
    reason: 'hyp_unpin_shared_mem over pages that are not pinned is BUG_ON(!refcount) in hyp_page_ref_dec: the hypervisor BUGs and exits 70 by design',
  },
];

/** Applies the (b) exclusions to a request object; null = do not send. */
function sanitize(subject: string, req: Record<string, unknown>): Record<string, unknown> | null {
  if (subject === 'pkvm.v1.boot.saga.StartBoot') return null;
  if (subject.startsWith('pkvm.v1.host.boot.')) {
    if ('crashBeforeCommit' in req) req = { ...req, crashBeforeCommit: false };
    if ('crashService' in req || 'crashAt' in req || 'backgroundCrashService' in req) req = { ...req, crashService: '', crashAt: '', backgroundCrashService: '' };
  }
  if (subject.endsWith('.ArmCrash')) req = { at: '', immediately: false };
  if (subject === 'pkvm.v1.hyp.Hvc' && Number(req.x0) === UNPIN_ID) req = { ...req, x0: UNPIN_ID + 1000 };
  return req;
}

/** The same exclusions for a raw body: true when it decodes into a request that must not be sent. */
function excludedBody(d: MethodDescriptor, body: Uint8Array): boolean {
  let m: Record<string, unknown>;
  try {
    m = d.requestType.decode(body) as Record<string, unknown>;
  } catch {
    return false; // the service refuses it too
  }
  if (d.subject === 'pkvm.v1.boot.saga.StartBoot') return true;
  if (d.subject.startsWith('pkvm.v1.host.boot.') && (m.crashBeforeCommit || m.crashService || m.crashAt || m.backgroundCrashService)) return true;
  if (d.subject.endsWith('.ArmCrash') && (m.at || m.immediately)) return true;
  if (d.subject === 'pkvm.v1.hyp.Hvc' && Number(m.x0) === UNPIN_ID) return true;
  return false;
}

// ---------------------------------------------------------------------------------------- arbitraries

const root = protobuf.Root.fromJSON(JSON.parse(readFileSync(resolve(repoRoot, 'libs/proto/src/generated/descriptor.json'), 'utf8')));
const typeOf = (d: MethodDescriptor | string): protobuf.Type =>
  root.lookupType(`pkvm.v1.${typeof d === 'string' ? d : (d.requestType as unknown as { name?: string }).name ?? ''}`);

/** The small platform's interesting addresses: RAM, the carve-out area, the SMMU frame and its registers. */
const RAM = 0x4000_0000;
const RAM_END = 0x4400_0000;
const SMMU = 0x0905_0000;
const addrArb = fc.oneof(
  fc.integer({ min: RAM, max: RAM_END - 1 }),
  fc.integer({ min: RAM / 4096, max: RAM_END / 4096 }).map((p) => p * 4096),
  fc.integer({ min: 0, max: 0x2_0000 }).map((o) => SMMU + (o & ~3)),
  fc.constantFrom(0, RAM, RAM_END, RAM_END - 4096, 0x4380_0000, SMMU, SMMU + 0x44, SMMU + 0x10000, 2 ** 48, 2 ** 48 - 4096),
);
const pfnArb = fc.oneof(fc.integer({ min: RAM / 4096, max: RAM_END / 4096 }), fc.constantFrom(0, SMMU / 4096, 2 ** 36, 2 ** 36 - 1));
const int64Arb = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -16, max: 300 }) },
  { weight: 3, arbitrary: addrArb },
  { weight: 2, arbitrary: pfnArb },
  { weight: 2, arbitrary: fc.maxSafeInteger() },
  { weight: 1, arbitrary: fc.constantFrom(-1, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 2 ** 53, -(2 ** 53), 2 ** 63, -(2 ** 63), 2 ** 32, 2 ** 31) },
);
const int32Arb = fc.oneof(fc.integer({ min: -200, max: 300 }), fc.integer(), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), -12, -16, -22, -95));
const uint32Arb = fc.oneof(fc.integer({ min: 0, max: 300 }), fc.nat({ max: 2 ** 32 - 1 }), fc.constantFrom(0, 1, 4, 8, 3, 2 ** 32 - 1, 2 ** 31, 4096, 512 * 1024, 512 * 1024 + 1));
const KNOWN_STRINGS = [
  '', 'kvm-arm-smmu-v3', 'small', 'qemu-virt', 'large', 'S0', 'S3', 'S4', 'S6', 'g2:iommu_pool_init', 'g3.4:smmu_init_pgt', 'f:fix_host_ownership',
  'prot_finalize', 'mem', 'mmio', 'smmu0', 'iommu', 'hypervisor', 'host-kernel', 'boot-coordinator', 'kvm_iommu_remove_driver', '../../etc/passwd',
  '{}', '{"format":"pkvm.boot-saga.history","version":1,"events":[]}', 'x'.repeat(5000), '\u0000', '\ud800',
];
const stringArb = fc.oneof(fc.constantFrom(...KNOWN_STRINGS), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.json({ maxDepth: 2 }));
const bytesArb = fc.oneof(
  { weight: 4, arbitrary: fc.uint8Array({ maxLength: 64 }) },
  { weight: 1, arbitrary: fc.constantFrom(new Uint8Array(0), new Uint8Array(4096).fill(0xff), new Uint8Array(512 * 1024 + 1)) },
  { weight: 1, arbitrary: fc.json({ maxDepth: 2 }).map((j) => new Uint8Array(Buffer.from(j))) },
);

/** Small negative errnos and 0 (what `*_errno` fields mostly carry), sometimes anything. */
const errnoArb = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(0, -1, -5, -12, -16, -22, -95, -110) }, { weight: 2, arbitrary: fc.integer({ min: -140, max: 0 }) }, { weight: 1, arbitrary: int32Arb });
/** Page-aligned addresses and sizes, the shape most address checks want. */
const pageArb = fc.oneof(addrArb.map((a) => a - (a % 4096)), fc.integer({ min: 0, max: 64 }).map((n) => n * 4096));

/** A field's arbitrary: its proto type, biased by its name towards what the handlers accept (so that (b) gets past
 * the argument checks often enough to reach the state-changing paths), always with the out-of-range values too. */
function scalarArb(type: string, field: protobuf.Field, depth: number): fc.Arbitrary<unknown> {
  const name = field.name.toLowerCase();
  const mix = (biased: fc.Arbitrary<unknown>, plain: fc.Arbitrary<unknown>) => fc.oneof({ weight: 2, arbitrary: biased }, { weight: 1, arbitrary: plain });
  switch (type) {
    case 'int64': case 'sint64': case 'sfixed64':
      if (/pfn/.test(name)) return mix(pfnArb, int64Arb);
      if (/(^|_)(pa|start|end|base|size|iova|addr|address|pool)/.test(name) || /(pa|start|end|base|size|iova|addr|address)$/.test(name)) return mix(pageArb, int64Arb);
      return int64Arb;
    case 'uint64': case 'fixed64': return int64Arb.map((n) => Math.abs(n));
    case 'int32': case 'sint32': case 'sfixed32':
      return /errno|ret/.test(name) ? errnoArb : int32Arb;
    case 'uint32': case 'fixed32':
      if (/prot/.test(name)) return mix(fc.integer({ min: 0, max: 7 }), uint32Arb);
      if (name === 'width') return mix(fc.constantFrom(4, 8), uint32Arb);
      if (/smmu|cpu/.test(name)) return mix(fc.constantFrom(0, 1), uint32Arb);
      if (/sid/.test(name)) return mix(fc.constantFrom(0, 1, 8, 255, 256), uint32Arb);
      if (/length|pages|entries|log2/.test(name)) return mix(fc.integer({ min: 0, max: 8192 }), uint32Arb);
      return uint32Arb;
    case 'bool': return fc.boolean();
    case 'string':
      if (name === 'area') return mix(fc.constantFrom('mem', 'mmio'), stringArb);
      return stringArb;
    case 'bytes': return bytesArb;
    case 'double': case 'float': return fc.double();
    default: {
      const rt = field.resolve().resolvedType;
      if (rt instanceof protobuf.Enum) return mix(fc.constantFrom(...Object.values(rt.values)), fc.integer({ min: -3, max: 50 }));
      if (rt instanceof protobuf.Type) return depth >= 3 ? fc.constant({}) : messageArb(rt, depth + 1);
      throw new Error(`no arbitrary for field type ${type}`);
    }
  }
}

function messageArb(t: protobuf.Type, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const parts: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of t.fieldsArray) {
    const one = scalarArb(f.type, f, depth);
    parts[f.name] = f.repeated ? fc.array(one, { maxLength: depth === 0 ? 6 : 3 }) : one;
  }
  return fc.record(parts, { requiredKeys: [] });
}

const encodeWith = (t: protobuf.Type, obj: Record<string, unknown>): Uint8Array => t.encode(t.fromObject(obj)).finish();

// ---------------------------------------------------------------------------------------- malformed bodies

function varint(n: bigint): number[] {
  const out: number[] = [];
  let v = BigInt.asUintN(64, n);
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return out;
}
const tag = (field: number, wire: number): number[] => varint(BigInt((field << 3) | wire));
const WIRE: Record<string, number> = { double: 1, fixed64: 1, sfixed64: 1, float: 5, fixed32: 5, sfixed32: 5, string: 2, bytes: 2 };
const wireOf = (f: protobuf.Field): number => (f.repeated && f.resolve().resolvedType === null && !['string', 'bytes'].includes(f.type) ? 2 : WIRE[f.type] ?? (f.resolve().resolvedType instanceof protobuf.Type ? 2 : 0));

interface Body {
  kind: string;
  body: Uint8Array;
}

/** Malformed (and borderline) bodies for one request type. */
function malformedBodies(d: MethodDescriptor, rnd: SeedStream, valid: Uint8Array[]): Body[] {
  const t = typeOf(d);
  const out: Body[] = [{ kind: 'empty body', body: new Uint8Array(0) }];
  const randomBytes = fc.sample(fc.uint8Array({ minLength: 1, maxLength: 64 }), { numRuns: 4, seed: rnd.nextInt() });
  for (const b of randomBytes) out.push({ kind: 'random bytes', body: b });
  for (const v of valid.filter((b) => b.length > 1).slice(0, 3)) {
    const cut = 1 + (rnd.nextInt() >>> 0) % (v.length - 1);
    out.push({ kind: `truncated valid encoding (${cut}/${v.length})`, body: v.subarray(0, cut) });
  }
  // another request type's encoding
  const others = [...METHODS.values()].filter((o) => o.requestType !== d.requestType);
  const other = others[(rnd.nextInt() >>> 0) % others.length];
  const ob = fc.sample(messageArb(typeOf(other)), { numRuns: 1, seed: rnd.nextInt() })[0];
  out.push({ kind: `encoding of ${typeOf(other).name}`, body: encodeWith(typeOf(other), ob) });
  const fields = t.fieldsArray;
  const f = fields.length ? fields[(rnd.nextInt() >>> 0) % fields.length] : undefined;
  const fid = f?.id ?? 1;
  const w = f ? wireOf(f) : 0;
  // wrong wire type for a declared field
  out.push({ kind: `field ${fid} with the wrong wire type`, body: Uint8Array.from(w === 2 ? [...tag(fid, 0), ...varint(5n)] : [...tag(fid, 2), 3, 1, 2, 3]) });
  out.push({ kind: `field ${fid} as fixed64`, body: Uint8Array.from([...tag(fid, 1), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]) });
  // huge varints: 2^64-1, 2^63, and an over-long (11-byte) varint
  out.push({ kind: `field ${fid} = 2^64-1 (10-byte varint)`, body: Uint8Array.from([...tag(fid, w === 2 ? 0 : w), ...varint((1n << 64n) - 1n)]) });
  out.push({ kind: `field ${fid} = 2^63 (varint)`, body: Uint8Array.from([...tag(fid, 0), ...varint(1n << 63n)]) });
  out.push({ kind: `field ${fid}: 11-byte over-long varint`, body: Uint8Array.from([...tag(fid, 0), ...new Array(10).fill(0xff), 0x01]) });
  // huge length prefix for a length-delimited field (or any field 1)
  out.push({ kind: `field ${fid} length 2^32-1 with 3 bytes`, body: Uint8Array.from([...tag(fid, 2), 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3]) });
  out.push({ kind: 'huge tag varint (field 2^29-1)', body: Uint8Array.from([...varint((1n << 32n) - 8n), 1]) });
  out.push({ kind: 'field number 0', body: Uint8Array.of(0x00, 0x01) });
  out.push({ kind: 'wire type 6 / 7', body: Uint8Array.of(0x0e, 0x0f) });
  out.push({ kind: 'unterminated group (wire type 3)', body: Uint8Array.from([...tag(fid, 3), 0x08, 0x01]) });
  out.push({ kind: 'unknown field 1000 (varint) then a valid body', body: Uint8Array.from([...tag(1000, 0), 0x01, ...(valid[0] ?? [])]) });
  return out;
}

/** mulberry32: the seeds of every fc.sample and the random choices here, from the one printed seed. */
class SeedStream {
  constructor(private s: number) {}
  nextInt(): number {
    this.s = (this.s + 0x6d2b79f5) | 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) | 0;
  }
}

// ---------------------------------------------------------------------------------------- the run

interface Snap {
  iommu: string;
  hyp: string;
  kernel: string;
  coordinator: string;
  /** For host CPU accesses (mem, mmio) only: the hypervisor's fault count and everything else it shows. */
  trap?: { faults: number; rest: string };
}

/** Subjects whose refusal with EFAULT is a host stage-2 fault that the machine reports to the hypervisor. */
const HOST_CPU_SUBJECTS = new Set(['pkvm.v1.iommu.mem.ReadMem', 'pkvm.v1.iommu.mem.WriteMem', 'pkvm.v1.iommu.mmio.Read', 'pkvm.v1.iommu.mmio.Write']);
interface Outcome {
  rejected: boolean;
  detail: string;
}

class Fuzz {
  readonly findings: string[] = [];
  readonly counts = { subjects: new Set<string>(), inputs: 0, rejected: 0, accepted: 0, skippedExcluded: 0, hashChecks: 0, trapped: 0, malformed: 0, random: 0, hypercalls: 0 };
  readonly perSubject = new Map<string, { inputs: number; rejected: number; accepted: number; why: Map<string, number> }>();
  private before: Snap | null = null;
  /** The last inputs sent (for the report when a service dies). */
  private readonly recent: string[] = [];
  /** Set when a service died: the rest of the run is skipped and the last test fails with it. */
  fatal = '';

  constructor(readonly f: StackFixture) {}

  private get nc() {
    return this.f.client.connection;
  }

  async snapshot(trap = false): Promise<Snap> {
    try {
      return await this.rawSnapshot(trap);
    } catch (e) {
      // A service that is alive but does not answer (e.g. it lost its writer lease) is a finding; once it serves
      // again the snapshot is retried, so that the check of the request before it is not skipped.
      await this.recover(`while taking the state hashes (${(e as Error).message})`);
      return this.rawSnapshot(trap);
    }
  }

  /**
   * After a missing reply: a dead process is fatal (throws); a live one that stopped serving is recorded as a
   * finding with what its log says, and waited for (up to 20 s) so the run goes on.
   */
  async recover(where: string): Promise<void> {
    await new Promise((r) => setTimeout(r, 100));
    this.checkDead(where);
    const t0 = Date.now();
    for (const app of APPS) {
      for (;;) {
        try {
          await this.f.client.call(PING[app], { nonce: 'recover' }, { timeoutMs: 1000 });
          break;
        } catch (e) {
          this.checkDead(where);
          if (Date.now() - t0 > 20_000) {
            this.fatal = `${app} is alive but has not answered for 20 s ${where}\nlast inputs, oldest first:\n  ${this.recent.join('\n  ')}\n--- ${app} log (tail) ---\n${this.f.processes.get(app)!.log.slice(-4000)}`;
            this.findings.push(this.fatal);
            throw new Error(this.fatal);
          }
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    }
    const logs = APPS.flatMap((a) => this.f.processes.get(a)!.log.split('\n').filter((l) => /lease lost|not serving|ERROR/.test(l)).slice(-2).map((l) => `${a}: ${l.replace(/\x1b\[[0-9;]*m/g, '').trim()}`));
    this.findings.push(`SERVICE STOPPED SERVING (alive; answered Ping again ${Date.now() - t0} ms later) ${where}; last inputs, oldest first:\n    ${this.recent.slice(-3).join('\n    ')}\n  logs: ${logs.join(' | ') || '(nothing)'}`);
  }

  /** Throws (and sets `fatal`) when a service process has exited: its exit, log tail and the last inputs. */
  checkDead(where: string): void {
    for (const app of APPS) {
      const p = this.f.processes.get(app)!;
      const c = p.child;
      if (c.exitCode === null && c.signalCode === null) continue;
      this.fatal = `${app} EXITED (${c.signalCode ?? `code ${c.exitCode}`}) ${where}\nlast inputs, oldest first:\n  ${this.recent.join('\n  ')}\n--- ${app} log (tail) ---\n${p.log.slice(-6000)}`;
      this.findings.push(this.fatal);
      throw new Error(this.fatal);
    }
  }

  private async rawSnapshot(trap: boolean): Promise<Snap> {
    const c = this.f.client;
    const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
    const rest = trap
      ? Promise.all([
          c.call<pkvm.v1.HypStateResponse>('HypervisorDumpService.HypState', {}),
          c.call<pkvm.v1.MemMapResponse>('HypervisorDumpService.MemMap', { start: 0, end: 0 }),
          c.call<pkvm.v1.InitHistoryResponse>('HypervisorDumpService.InitHistory', {}),
          c.call<pkvm.v1.WarningsResponse>('HypervisorDumpService.Warnings', {}),
          c.call<pkvm.v1.OwnerChangesResponse>('HypervisorDumpService.OwnerChanges', { limit: 0 }),
        ]).then(([h, m, i, w, o]) => ({
          faults: Number(h.hostFaults),
          rest: sha(JSON.stringify([{ ...pkvm.v1.HypStateResponse.toObject(h), stateHash: '', streamVersion: 0, hostFaults: 0 }, m.ranges, i, w, o])),
        }))
      : Promise.resolve(undefined);
    const [i, h, k, b] = await Promise.all([
      c.call<pkvm.v1.StateHashResponse>('IommuDumpService.StateHash', {}),
      c.call<pkvm.v1.HypStateResponse>('HypervisorDumpService.HypState', {}),
      c.call<pkvm.v1.KernelStatusResponse>('HostKernelBootService.KernelStatus', {}),
      c.call<pkvm.v1.ListBootsResponse>('BootSagaService.ListBoots', {}),
    ]);
    return {
      trap: await rest,
      iommu: i.hash,
      hyp: h.stateHash,
      kernel: sha(`${k.version}\n${k.stateJson}`),
      coordinator: sha(JSON.stringify(b.boots.map((x) => [x.bootId, x.outcome?.status, Number(x.events)]))),
    };
  }

  /** Sends one raw body; asserts the envelope; checks the hashes around a rejection. */
  async send(d: MethodDescriptor, body: Uint8Array, what: string): Promise<Outcome | null> {
    if (excludedBody(d, body)) {
      this.counts.skippedExcluded++;
      return null;
    }
    const trap = HOST_CPU_SUBJECTS.has(d.subject);
    if (!this.before || (trap && !this.before.trap)) this.before = await this.snapshot(trap);
    const h = natsHeaders();
    h.set(HEADER_REQUEST_ID, randomUUID());
    h.set(HEADER_DEADLINE, String(Date.now() + DEADLINE_MS));
    const input = `${d.subject} ${what} body=${Buffer.from(body.subarray(0, 96)).toString('hex')}${body.length > 96 ? `…(${body.length} B)` : ''}`;
    this.counts.subjects.add(d.subject);
    this.counts.inputs++;
    this.recent.push(input.slice(0, 600));
    if (this.recent.length > 8) this.recent.shift();
    const ps = this.perSubject.get(d.subject) ?? { inputs: 0, rejected: 0, accepted: 0, why: new Map<string, number>() };
    this.perSubject.set(d.subject, ps);
    ps.inputs++;
    let data: Uint8Array;
    const t0 = Date.now();
    try {
      data = (await this.nc.request(subjectFor(this.f.prefix, d.subject), body, { timeout: DEADLINE_MS + 2000, headers: h })).data;
    } catch (e) {
      this.findings.push(`NO REPLY (${(e as Error).message}) after ${Date.now() - t0} ms: ${input}`);
      await this.recover('(no reply to the last input)');
      this.before = null;
      return { rejected: false, detail: 'no reply' };
    }
    let outcome: Outcome;
    try {
      const reply = pkvm.v1.Reply.decode(data);
      if (reply.error) {
        const errno = reply.error.errno ?? 0;
        if (!(errno < 0)) this.findings.push(`Error reply with errno ${errno} (not negative): ${input}`);
        outcome = { rejected: true, detail: `${reply.error.errnoName} ${reply.error.message}` };
      } else if (reply.result) {
        const res = d.responseType.decode(reply.result) as Record<string, unknown>;
        if (d.subject === 'pkvm.v1.hyp.Hvc') {
          const x0 = Number(res.x0);
          const x1 = Number(res.x1);
          outcome = { rejected: x0 === -1 || x1 < 0, detail: `x0=${x0} x1=${x1}` };
        } else outcome = { rejected: false, detail: 'result' };
      } else {
        this.findings.push(`reply envelope with neither result nor error: ${input}`);
        outcome = { rejected: false, detail: 'empty envelope' };
      }
    } catch (e) {
      this.findings.push(`undecodable reply (${(e as Error).message}): ${input}`);
      outcome = { rejected: false, detail: 'undecodable' };
    }
    if (outcome.detail.startsWith('EIO')) this.findings.push(`EIO (a plain Error reached the transport: a handler bug?): ${input} -> ${outcome.detail.slice(0, 300)}`);
    if (outcome.rejected) {
      const why = d.subject === 'pkvm.v1.hyp.Hvc' ? outcome.detail : outcome.detail.split(' ')[0];
      ps.why.set(why, (ps.why.get(why) ?? 0) + 1);
      if (process.env.PKVM_FUZZ_VERBOSE) process.stderr.write(`rejected ${input.slice(0, 300)} -> ${outcome.detail.slice(0, 200)}\n`);
      this.counts.rejected++;
      ps.rejected++;
      const after = await this.snapshot(trap);
      this.counts.hashChecks++;
      const b = this.before;
      let moved = (['iommu', 'hyp', 'kernel', 'coordinator'] as const).filter((k) => after[k] !== b[k]);
      if (trap && moved.length === 1 && moved[0] === 'hyp' && /^EFAULT host stage-2 fault/.test(outcome.detail)) {
        // Documented (apps/iommu README, "Host CPU access"): the machine reports the refused access to the
        // hypervisor (handle_host_mem_abort), which records the fault. Allowed: exactly one more fault, nothing
        // else of the hypervisor's state moved.
        if (after.trap!.faults === b.trap!.faults + 1 && after.trap!.rest === b.trap!.rest) {
          moved = [];
          this.counts.trapped++;
        } else moved = [`hyp beyond the recorded fault: faults ${b.trap!.faults} -> ${after.trap!.faults}, rest ${b.trap!.rest === after.trap!.rest ? 'same' : 'changed'}`] as never;
      }
      if (moved.length) this.findings.push(`STATE CHANGED on a rejected request (${moved.join(', ')}): ${input} -> ${outcome.detail.slice(0, 300)}`);
      this.before = after;
    } else {
      this.counts.accepted++;
      ps.accepted++;
      this.before = null;
    }
    return outcome;
  }

  /** The four children are alive and each answers Ping. */
  async alive(where: string): Promise<void> {
    this.checkDead(where);
    for (const app of APPS) {
      const nonce = uniquePrefix('alive');
      const r = await this.f.client.call<pkvm.v1.PingResponse>(PING[app], { nonce }, { timeoutMs: 5000 });
      if (r.nonce !== nonce) throw new Error(`${app} answered Ping with nonce ${r.nonce} ${where}`);
    }
  }
}

/** The boot tests' stack (four child processes, a client, dispose) on a prefix of its own. */
class FuzzStack extends StackFixture {
  override readonly prefix = uniquePrefix('fuzz');
}

describe('fuzz: every subject of every service, booted to PROTECTED on platforms/small.json', () => {
  const f = new FuzzStack({ PKVM_PLATFORM: SMALL_FILE });
  const fuzz = new Fuzz(f);
  const rnd = new SeedStream(SEED);
  const started = Date.now();

  beforeAll(async () => {
    for (const app of APPS) await f.start(app);
    const bootId = await f.startBoot({});
    const { boot } = await f.waitBoot(bootId, f.terminal, 90_000);
    expect(boot.outcome?.status).toBe(pkvm.v1.BootStatus.BOOT_STATUS_PROTECTED);
    expect(boot.platform).toBe('small');
  }, 150_000);

  afterAll(async () => {
    const c = fuzz.counts;
    const rows = [...fuzz.perSubject.entries()].map(([s, p]) => `  ${s.padEnd(46)} inputs ${String(p.inputs).padStart(4)}  rejected ${String(p.rejected).padStart(4)}  accepted ${String(p.accepted).padStart(4)}  ${[...p.why].map(([k, n]) => `${k}×${n}`).join(' ')}`);
    process.stderr.write(
      [
        `every-subject fuzz (seed ${SEED}${SOAK > 1 ? ', PKVM_SOAK' : ''}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        `subjects covered: ${c.subjects.size} of ${METHODS.size}`,
        `inputs tried: ${c.inputs} (malformed ${c.malformed}, random well-formed ${c.random}, hypercalls by name ${c.hypercalls}); rejected ${c.rejected}, accepted ${c.accepted}; ` +
          `state-hash checks ${c.hashChecks} (of which ${c.trapped} host stage-2 faults recorded by the hypervisor as documented); not sent (exclusions) ${c.skippedExcluded}`,
        `exclusions:\n${EXCLUSIONS.map((e) => `  - ${e.what}: ${e.reason}`).join('\n')}`,
        `findings: ${fuzz.findings.length ? `\n  ${fuzz.findings.join('\n  ')}` : 'none'}`,
        ...rows,
        '',
      ].join('\n'),
    );
    await f.dispose();
  }, 60_000);

  const subjects = [...METHODS.values()];

  it('control: the snapshot sees a change (an accepted host write to its own RAM moves the iommu hash)', async () => {
    const s0 = await fuzz.snapshot();
    await f.client.call('IommuMemService.WriteMem', { pa: RAM + 0x1000, data: Uint8Array.from(randomUUID(), (c) => c.charCodeAt(0)) });
    const s1 = await fuzz.snapshot();
    expect(s1.iommu).not.toBe(s0.iommu);
    expect({ ...s1, iommu: '' }).toEqual({ ...s0, iommu: '' });
  });

  it.each(subjects.map((d) => [d.subject, d] as const))('%s: malformed bodies and random well-formed requests are answered, rejections change nothing', async (_s, d) => {
    if (fuzz.fatal) return; // reported once, by the last test
    const t = typeOf(d);
    const arb = messageArb(t);
    const requests = fc.sample(arb, { numRuns: RANDOM_PER_SUBJECT, seed: rnd.nextInt() });
    const valid = requests.map((r) => encodeWith(t, r));
    for (const b of malformedBodies(d, rnd, valid)) {
      if (await fuzz.send(d, b.body, `(a) ${b.kind}`)) fuzz.counts.malformed++;
    }
    await fuzz.alive(`after the malformed bodies of ${d.subject}`);
    for (const r of requests) {
      const req = sanitize(d.subject, r);
      if (!req) {
        fuzz.counts.skippedExcluded++;
        continue;
      }
      const body = encodeWith(t, req);
      if (await fuzz.send(d, body, `(b) ${JSON.stringify(req, (_k, v) => (v instanceof Uint8Array ? `bytes[${v.length}]` : typeof v === 'string' && v.length > 80 ? `${v.slice(0, 80)}…` : v)).slice(0, 400)}`)) fuzz.counts.random++;
    }
    await fuzz.alive(`after the random requests of ${d.subject}`);
  }, 300_000 * SOAK);

  it('pkvm.v1.hyp.Hvc: hypercalls by name with random arguments', async () => {
    if (fuzz.fatal) return; // reported once, by the last test
    const d = METHODS.get('pkvm.v1.hyp.Hvc')!;
    const names = HYPERCALLS.filter((h) => h.functionId !== UNPIN_ID);
    /** An argument by its name in libs/hypercalls, biased towards what the handler accepts, always mixed with anything. */
    const argArb = (name: string): fc.Arbitrary<number> => {
      const mix = (a: fc.Arbitrary<number>) => fc.oneof({ weight: 3, arbitrary: a }, { weight: 1, arbitrary: int64Arb });
      if (/pfn/.test(name)) return mix(pfnArb);
      if (/nr_pages|pages|nr_vcpus/.test(name)) return mix(fc.integer({ min: 0, max: 16 }));
      if (name === 'handle') return mix(fc.oneof(fc.integer({ min: 0x1000, max: 0x1003 }), fc.integer({ min: 0, max: 2 }))); // VM handles start at 0x1000 (libs/ownership)
      if (/^(vcpu_idx|iommu|protected|mkold|slot|level|host_kvm)$/.test(name)) return mix(fc.integer({ min: 0, max: 3 }));
      if (name === 'sid') return mix(fc.constantFrom(0, 1, 8, 255, 256));
      if (name === 'gfn') return mix(fc.integer({ min: 0, max: 1024 }));
      if (name === 'prot') return mix(fc.integer({ min: 0, max: 15 }));
      if (/phys|size|ipa|start/.test(name)) return mix(pageArb);
      return int64Arb;
    };
    const callArb = fc.constantFrom(...names).chain((h) => fc.record({
      h: fc.constant(h),
      args: fc.tuple(...[0, 1, 2, 3, 4, 5].map((i) => (h.args[i] ? argArb(h.args[i].name) : int64Arb))),
      extra: fc.boolean(),
      cpu: fc.oneof({ weight: 8, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(1, 2, 255, 2 ** 32 - 1) }),
    }));
    const calls = fc.sample(callArb, { numRuns: HYPERCALL_COUNT, seed: rnd.nextInt() });
    for (const [i, c] of calls.entries()) {
      // the handler's argument list (x1..xn), sometimes with the unused registers up to x6 filled too
      const args = c.args.slice(0, c.extra ? 6 : c.h.args.length);
      const req = { x0: c.h.functionId, args, cpu: c.cpu };
      const out = await fuzz.send(d, pkvm.v1.HvcRequest.encode(req).finish(), `(c) ${c.h.name}(${args.join(', ')}) cpu ${c.cpu}`);
      if (out) fuzz.counts.hypercalls++;
      if (i % 25 === 24) await fuzz.alive(`after hypercall #${i + 1}`);
    }
    await fuzz.alive('after the hypercalls');
  }, 600_000 * SOAK);

  it('found nothing: every request answered, every rejection left the state as it was', () => {
    expect(fuzz.findings).toEqual([]);
    expect(fuzz.counts.subjects.size).toBe(METHODS.size); // every subject got at least one input
  });
});
