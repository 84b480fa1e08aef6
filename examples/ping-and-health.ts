/**
 * Ping and Health of the four services through @pkvm/sdk, from a plain Node script (no NestJS).
 *
 *   npx tsc -p tsconfig.build.json
 *   NATS_URL=nats://127.0.0.1:4222 PKVM_SUBJECT_PREFIX= node -r ./scripts/register-paths.js dist/examples/ping-and-health.js
 *
 * Each call has its own deadline (`timeoutMs`) and can be cancelled with an AbortSignal. Ping and Health are
 * marked `idempotency_level = NO_SIDE_EFFECTS` in the proto, so the SDK retries them with backoff while a
 * service is not there yet (NoResponders), and Health is asked again for up to 30 s while a service is not ready.
 * Exits 0 when every service answers and is ready.
 */
import { DeadlineExceededError, NoRespondersError, PkvmClient } from '@pkvm/sdk';

async function main(): Promise<boolean> {
  const client = await PkvmClient.connect({
    servers: process.env.NATS_URL ?? 'nats://127.0.0.1:4222',
    subjectPrefix: process.env.PKVM_SUBJECT_PREFIX ?? '',
    retry: { maxAttempts: 20, maxBackoffMs: 500 },
    onRetry: (r) => console.error(`retrying ${r.method} (attempt ${r.attempt} failed: ${r.error.name}) in ${Math.round(r.delayMs)} ms`),
  });
  let allReady = true;
  try {
    // The typed areas: each one's Ping and Health come from that service's generated protobufjs class.
    const services = { host: client.host, hyp: client.hyp, iommu: client.iommu, boot: client.boot };
    for (const [area, svc] of Object.entries(services)) {
      const controller = new AbortController();
      try {
        const pong = await svc.ping({ nonce: `sdk-${area}` }, { timeoutMs: 10_000, signal: controller.signal });
        // A service answers before it is ready (replaying its events, taking its writer lease): ask again.
        let health = await svc.health({}, { timeoutMs: 2_000 });
        for (const until = Date.now() + 30_000; !health.ready && Date.now() < until; ) {
          await new Promise((r) => setTimeout(r, 200));
          health = await svc.health({}, { timeoutMs: 2_000 });
        }
        console.log(`${area.padEnd(5)} ${pong.service.padEnd(16)} ${pong.instanceId}  ready=${health.ready} lease=${health.leaseHeld} store=${health.storePosition}`);
        allReady &&= health.ready;
      } catch (e) {
        if (e instanceof NoRespondersError || e instanceof DeadlineExceededError) {
          console.log(`${area.padEnd(5)} does not answer: ${e.message}`);
          allReady = false;
        } else throw e;
      }
    }
  } finally {
    await client.close();
  }
  console.log(allReady ? 'all four services answer and are ready' : 'some service is missing or not ready');
  return allReady;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
