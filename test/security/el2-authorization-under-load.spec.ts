/**
 * Issue 7 "Security", third clause, under load: a client without the hypervisor's credentials cannot reach the
 * iommu service's privileged subjects (pkvm.v1.iommu.el2.>). nats-server runs the project's generated
 * authorization (deploy/base/nats/nats-server.conf from scripts/nats-authz.ts); while the host-kernel identity
 * and the hypervisor identity each run a stream of requests on every el2 method, every host attempt is refused
 * with a permissions violation, every hypervisor request is served, and the el2 handler (subscribed as the iommu
 * identity) never receives a single message from the host. The host's own subject (pkvm.v1.hyp.Hvc) keeps being
 * served on the same connection throughout. (test/deploy/nats-authorization.spec.ts shows each rule once.)
 */
import { connect, PermissionViolationError, RequestError, type NatsConnection } from '@nats-io/transport-node';
import { method, METHODS } from '@pkvm/proto';
import type { Identity } from '../../scripts/nats-authz';
import { startProjectNatsServer, testPasswords } from '../deploy/support/deploy-support';
import type { PrivateNatsServer } from '../support/nats-server';

const SOAK = process.env.PKVM_SOAK === '1';
const PER_IDENTITY = SOAK ? 200_000 : 10_000;
const HOST_PUBLISHES = SOAK ? 50_000 : 5_000;
const LANES = 32;
const EL2 = [...METHODS.values()].map((m) => m.subject).filter((s) => s.startsWith('pkvm.v1.iommu.el2.'));
const HVC = method('HypService.Hvc').subject;
const enc = new TextEncoder();
const dec = new TextDecoder();

/** `n` requests over `LANES` lanes; `fn(i)` resolves to what happened to request i. */
async function stream<T>(n: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const out = new Array<T>(n);
  let next = 0;
  await Promise.all(Array.from({ length: LANES }, async () => {
    for (let i = next++; i < n; i = next++) out[i] = await fn(i);
  }));
  return out;
}

describe('security: the el2 subjects under load (nats-server with the project\'s authorization)', () => {
  const passwords = testPasswords();
  let server: PrivateNatsServer;
  const open: NatsConnection[] = [];
  const as = async (id: Identity) => {
    const nc = await connect({ servers: server.url, user: id, pass: passwords[id], name: `security-${id}` });
    open.push(nc);
    return nc;
  };

  beforeAll(async () => {
    server = await startProjectNatsServer(passwords);
  }, 30_000);
  afterAll(async () => {
    await Promise.all(open.map((nc) => nc.close().catch(() => undefined)));
    await server?.dispose();
  });

  it(`${PER_IDENTITY} host and ${PER_IDENTITY} hypervisor requests on every el2 method at once: every host one refused, every hypervisor one served`, async () => {
    expect(EL2.length).toBeGreaterThanOrEqual(6);
    // the el2 handler, as the iommu identity subscribes (its app's queue group), recording who reached it
    const iommu = await as('iommu');
    const reached: string[] = [];
    iommu.subscribe('pkvm.v1.iommu.el2.*', { queue: 'pkvm.iommu', callback: (_e, m) => {
      const tag = dec.decode(m.data);
      reached.push(tag);
      m.respond(enc.encode(`served ${tag}`));
    } });
    const hypervisor = await as('hypervisor');
    let hvcServed = 0;
    hypervisor.subscribe(HVC, { queue: 'pkvm.hypervisor', callback: (_e, m) => {
      hvcServed++;
      m.respond(enc.encode(`hvc ${dec.decode(m.data)}`));
    } });
    await Promise.all([iommu.flush(), hypervisor.flush()]);
    const host = await as('host-kernel');
    const hypClient = await as('hypervisor');

    const t0 = Date.now();
    const [hostEl2, hypEl2, hostHvc] = await Promise.all([
      stream(PER_IDENTITY, async (i) => {
        const subject = EL2[i % EL2.length];
        try {
          await host.request(subject, enc.encode(`host:${i}`), { timeout: 10_000 });
          return `ANSWERED ${subject}`;
        } catch (e) {
          const cause = (e as Error).cause;
          const refused = e instanceof RequestError && !e.isNoResponders() && cause instanceof PermissionViolationError &&
            cause.operation === 'publish' && cause.subject === subject;
          return refused ? 'refused' : `${subject}: ${String(e)}`;
        }
      }),
      stream(PER_IDENTITY, async (i) => {
        const m = await hypClient.request(EL2[i % EL2.length], enc.encode(`hyp:${i}`), { timeout: 10_000 });
        return dec.decode(m.data) === `served hyp:${i}`;
      }),
      stream(Math.floor(PER_IDENTITY / 3), async (i) => dec.decode((await host.request(HVC, enc.encode(`${i}`), { timeout: 10_000 })).data) === `hvc ${i}`),
      // fire-and-forget publishes too: the server drops each (no reply to match, so nothing to assert but the handler)
      (async () => {
        for (let i = 0; i < HOST_PUBLISHES; i++) host.publish(EL2[i % EL2.length], enc.encode(`host-publish:${i}`));
        await host.flush();
      })(),
    ]);
    await Promise.all([iommu.flush(), hypervisor.flush()]);
    const seconds = (Date.now() - t0) / 1000;

    const refused = hostEl2.filter((r) => r === 'refused').length;
    const served = hypEl2.filter(Boolean).length;
    const fromHost = reached.filter((t) => t.startsWith('host'));
    // eslint-disable-next-line no-console
    console.log(
      `el2 under load: ${EL2.length} el2 methods; host ${PER_IDENTITY} requests -> ${refused} refused (permissions violation), ` +
        `${HOST_PUBLISHES} publishes -> ${fromHost.length} reached the handler; hypervisor ${PER_IDENTITY} requests -> ${served} served; ` +
        `host's own Hvc ${hostHvc.filter(Boolean).length}/${hostHvc.length} served (${hvcServed} at the handler); ${seconds.toFixed(1)} s, ` +
        `${((2 * PER_IDENTITY + hostHvc.length) / seconds).toFixed(0)} requests/s`,
    );
    expect(hostEl2.filter((r) => r !== 'refused')).toEqual([]);
    expect(refused).toBe(PER_IDENTITY);
    expect(served).toBe(PER_IDENTITY);
    expect(fromHost).toEqual([]);
    expect(reached).toHaveLength(PER_IDENTITY);
    expect(new Set(reached).size).toBe(PER_IDENTITY);
    expect(hostHvc.every(Boolean)).toBe(true);
    expect(host.isClosed()).toBe(false);
  }, SOAK ? 600_000 : 120_000);
});
