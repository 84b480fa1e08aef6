import { randomUUID } from 'node:crypto';
import { PkvmClient, PkvmError, pkvm } from '@pkvm/sdk';
import { ClientWorkload, HYPERCALL_OF, type LoadMethod, type PlannedCall } from './client-workload';
import { MethodStats } from './latency-table';

export interface LoadOptions {
  /** How long the clients issue calls (the calls in flight then still finish). */
  durationMs: number;
  /** Deadline of one attempt. */
  callTimeoutMs: number;
  /** A call that got no reply is re-sent with the same request id until this long after its first attempt. */
  reconcileMs: number;
  /** Share of answered calls re-sent once with the same request id to compare the replies. */
  resendRate: number;
  /** Ends the load before `durationMs`: attempts in flight finish; a call still without a reply is recorded unresolved. */
  signal?: AbortSignal;
}

/** A call with a definite answer: what was sent, under which request id, and the reply as text. */
export interface AnsweredCall {
  client: number;
  method: LoadMethod;
  args: Record<string, number>;
  requestId: string;
  errno: number;
  reply: string;
  /** Attempts that got no reply (NoResponders, deadline, ...) before the answer. */
  failedAttempts: number;
  /** When the answer came (epoch ms). */
  at: number;
}

export interface LoadResult {
  seconds: number;
  stats: Map<LoadMethod, MethodStats>;
  /** Every call with an answer, in each client's order. */
  answered: AnsweredCall[];
  /** Answers that differ from the client's model (wrong errno, DMA through where it must fault, wrong bytes). */
  unexpected: string[];
  /** Request ids answered twice with different replies. */
  conflicting: string[];
  /** Attempts without a reply, by error class. */
  transportFailures: Map<string, number>;
  /** Calls that failed at first and were answered by a re-send with the same request id. */
  reconciled: number;
  /** Calls still without an answer when their reconcile time ran out. */
  unresolved: string[];
  /** Deliberate re-sends compared with the first reply. */
  resends: number;
}

type Attempt = { kind: 'reply'; errno: number; reply: string; dmaOk?: boolean; data?: Uint8Array } | { kind: 'failed'; error: string };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const hex = (b: Uint8Array | undefined) => (b ? Buffer.from(b).toString('hex') : '');

/** One attempt of `call` under `requestId`: the reply (an errno refusal included), or the transport failure. */
async function attempt(client: PkvmClient, call: PlannedCall, requestId: string, timeoutMs: number): Promise<Attempt> {
  const options = { requestId, timeoutMs };
  try {
    if (call.method === 'dma_read' || call.method === 'dma_write') {
      const write = call.method === 'dma_write';
      const r = await client.iommu.dma.dma({
        ...call.args,
        direction: write ? pkvm.v1.DmaDirection.DMA_DIRECTION_WRITE : pkvm.v1.DmaDirection.DMA_DIRECTION_READ,
        data: write ? call.data : undefined,
      }, options);
      const reply = `ok=${!!r.ok} completed=${r.completed ?? 0} fault=${r.fault?.reason ?? ''} data=${hex(r.data ?? undefined)}`;
      return { kind: 'reply', errno: 0, reply, dmaOk: !!r.ok, data: r.data ?? undefined };
    }
    const r = await client.hyp.call(HYPERCALL_OF[call.method]!, call.args, options);
    return { kind: 'reply', errno: 0, reply: `x0=${r.x0} x1=${r.x1} x2=${r.x2} x3=${r.x3}` };
  } catch (e) {
    if (e instanceof PkvmError) {
      const g = e.registers;
      return { kind: 'reply', errno: e.errno, reply: g ? `x0=${g.x0} x1=${g.x1} x2=${g.x2} x3=${g.x3}` : `errno=${e.errno}` };
    }
    return { kind: 'failed', error: (e as Error).constructor?.name ?? 'Error' };
  }
}

/** Where the answer differs from the model, or undefined. */
function mismatch(call: PlannedCall, a: Attempt & { kind: 'reply' }): string | undefined {
  const e = call.expect;
  if (a.errno !== e.errno) return `errno ${a.errno}, expected ${e.errno}`;
  if (e.dmaOk !== undefined && a.dmaOk !== e.dmaOk) return `DMA ${a.dmaOk ? 'completed' : 'faulted'}, expected it to ${e.dmaOk ? 'complete' : 'fault'} (${a.reply})`;
  if (e.dmaData && hex(a.data) !== hex(e.dmaData)) return `DMA read ${hex(a.data)}, the client wrote ${hex(e.dmaData)}`;
  return undefined;
}

/**
 * Runs one client per workload, each on its own PkvmClient, issuing its calls one after another for
 * `durationMs`. A call without a reply is re-sent with the same request id (backing off) until it is answered:
 * the client only goes on once it knows the outcome, so its model stays exact across service and NATS restarts.
 */
export async function runLoad(clients: PkvmClient[], workloads: ClientWorkload[], o: LoadOptions): Promise<LoadResult> {
  const result: LoadResult = {
    seconds: 0, stats: new Map(), answered: [], unexpected: [], conflicting: [], transportFailures: new Map(), reconciled: 0, unresolved: [], resends: 0,
  };
  const statsOf = (m: LoadMethod) => result.stats.get(m) ?? result.stats.set(m, new MethodStats()).get(m)!;
  const t0 = Date.now();
  const stopAt = t0 + o.durationMs;

  async function one(client: PkvmClient, w: ClientWorkload): Promise<void> {
    while (Date.now() < stopAt && !o.signal?.aborted) {
      const call = w.next();
      const requestId = randomUUID();
      const start = performance.now();
      let failed = 0;
      let a = await attempt(client, call, requestId, o.callTimeoutMs);
      while (a.kind === 'failed') {
        failed++;
        result.transportFailures.set(a.error, (result.transportFailures.get(a.error) ?? 0) + 1);
        // Stopped (the caller aborted) or out of time: the outcome stays unknown.
        if (o.signal?.aborted || performance.now() - start > o.reconcileMs) {
          result.unresolved.push(`client ${w.index} ${call.method} ${JSON.stringify(call.args)} (${requestId}): no reply${o.signal?.aborted ? ' before the load was stopped' : ''}, last ${a.error}`);
          return; // the model no longer knows this page: the client stops
        }
        await sleep(100 + Math.random() * 200);
        a = await attempt(client, call, requestId, o.callTimeoutMs);
      }
      statsOf(call.method).record(performance.now() - start, a.errno);
      if (failed > 0) result.reconciled++;
      const wrong = mismatch(call, a);
      if (wrong) result.unexpected.push(`client ${w.index} ${call.method} ${JSON.stringify(call.args)}: ${wrong}`);
      else if (a.errno === 0) w.apply(call, a.dmaOk);
      result.answered.push({ client: w.index, method: call.method, args: call.args, requestId, errno: a.errno, reply: a.reply, failedAttempts: failed, at: Date.now() });
      if (failed > 0 || Math.random() < o.resendRate) {
        // The same request id again: the service must give the recorded answer (or, for a refusal that changed
        // nothing, the same one), never run an accepted call twice.
        result.resends++;
        let again = await attempt(client, call, requestId, o.callTimeoutMs);
        for (let i = 0; again.kind === 'failed' && i < 50 && !o.signal?.aborted; i++) {
          await sleep(100);
          again = await attempt(client, call, requestId, o.callTimeoutMs);
        }
        if (again.kind === 'failed') result.unresolved.push(`client ${w.index} re-send of ${requestId}: no reply (${again.error})`);
        else if (again.reply !== a.reply) result.conflicting.push(`${requestId} ${call.method} ${JSON.stringify(call.args)}: '${a.reply}' then '${again.reply}'`);
      }
    }
  }

  await Promise.all(workloads.map((w, i) => one(clients[i], w)));
  result.seconds = (Date.now() - t0) / 1000;
  return result;
}
