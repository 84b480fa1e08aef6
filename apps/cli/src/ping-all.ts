import { connect } from '@nats-io/transport-node';
import { HypercallClient, NoRespondersError, natsIdentityFromEnv } from '@pkvm/transport';
import { pkvm } from '@pkvm/proto';
import { isUnreachable } from './exit-codes';

/** The four services' Ping and Health methods. */
export const SERVICE_PROBES = [
  { app: 'iommu', ping: 'IommuService.Ping', health: 'IommuService.Health' },
  { app: 'hypervisor', ping: 'HypervisorService.Ping', health: 'HypervisorService.Health' },
  { app: 'host-kernel', ping: 'HostKernelService.Ping', health: 'HostKernelService.Health' },
  { app: 'boot-coordinator', ping: 'BootCoordinatorService.Ping', health: 'BootCoordinatorService.Health' },
] as const;

export interface ServiceProbeResult {
  app: string;
  ok: boolean;
  /** False when nothing answered (no responders, deadline): `pkvm ping` exits 3 then, 1 for a service not ready. */
  answered: boolean;
  pingMs?: number;
  instanceId?: string;
  live?: boolean;
  ready?: boolean;
  natsConnected?: boolean;
  storeWritable?: boolean;
  leaseHeld?: boolean;
  storePosition?: number;
  error?: string;
}

export interface PingAllOptions {
  natsUrl: string;
  subjectPrefix: string;
  /** Keep retrying services that do not answer or are not ready until this many ms have passed (still starting, or a standby waiting for the writer lease). */
  waitMs?: number;
  onProgress?: (line: string) => void;
}

async function probe(client: HypercallClient, p: (typeof SERVICE_PROBES)[number], until: number, progress: (l: string) => void): Promise<ServiceProbeResult> {
  for (let waitingSaid = false; ; ) {
    try {
      const nonce = Math.random().toString(36).slice(2);
      const t0 = performance.now();
      const pong = (await client.call(p.ping, { nonce }, { timeoutMs: 2000 })) as pkvm.v1.PingResponse;
      const pingMs = performance.now() - t0;
      if (pong.nonce !== nonce) throw new Error(`Ping answered nonce ${pong.nonce}, sent ${nonce}`);
      const h = (await client.call(p.health, {}, { timeoutMs: 2000 })) as pkvm.v1.HealthResponse;
      if (!h.ready && Date.now() < until) {
        if (!waitingSaid) progress(`ping: ${p.app} answered but is not ready (${h.detail}); waiting`);
        waitingSaid = true;
        await new Promise((r) => setTimeout(r, 250));
        continue;
      }
      progress(`ping: ${p.app} answered in ${pingMs.toFixed(1)} ms (${pong.instanceId})`);
      return {
        app: p.app,
        ok: h.live && h.ready,
        answered: true,
        pingMs: Math.round(pingMs * 100) / 100,
        instanceId: pong.instanceId,
        live: h.live,
        ready: h.ready,
        natsConnected: h.natsConnected,
        storeWritable: h.storeWritable,
        leaseHeld: h.leaseHeld,
        storePosition: Number(h.storePosition),
        ...(h.ready ? {} : { error: h.detail }),
      };
    } catch (e) {
      if (Date.now() < until) {
        await new Promise((r) => setTimeout(r, 250));
        continue;
      }
      // a service's own refusal (KernelError, even ETIMEDOUT) is an answer; only the transport's no-answer is not
      return { app: p.app, ok: false, answered: !isUnreachable(e), error: e instanceof NoRespondersError ? 'no responders' : (e as Error).message };
    }
  }
}

/** Pings every service and reads its health over NATS. */
export async function pingAll(o: PingAllOptions): Promise<ServiceProbeResult[]> {
  const nc = await connect({ servers: o.natsUrl, name: 'pkvm-cli', ...natsIdentityFromEnv() });
  try {
    const client = new HypercallClient(nc, { subjectPrefix: o.subjectPrefix });
    const until = Date.now() + (o.waitMs ?? 0);
    return await Promise.all(SERVICE_PROBES.map((p) => probe(client, p, until, o.onProgress ?? (() => {}))));
  } finally {
    await nc.close();
  }
}
