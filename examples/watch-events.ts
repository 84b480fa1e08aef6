/**
 * Follow the twin's events (JetStream) while making a call that records one, then resume from a sequence.
 *
 *   NATS_URL=... PKVM_SUBJECT_PREFIX=... node -r ./scripts/register-paths.js dist/examples/watch-events.js
 *
 * `client.events({ from })` is an async iterator over an ordered JetStream consumer; `from` is `'first'`,
 * `'new'`, a stream sequence or a Date; `service` / `aggregate` narrow it. Leaving the `for await` loop (or
 * `close()`, or the AbortSignal) deletes the consumer. Exits 0 when the write's event was seen and resumed.
 */
import { PkvmClient, type PkvmEvent } from '@pkvm/sdk';

async function main(): Promise<void> {
  const client = await PkvmClient.connect({
    servers: process.env.NATS_URL ?? 'nats://127.0.0.1:4222',
    subjectPrefix: process.env.PKVM_SUBJECT_PREFIX ?? '',
    defaultTimeoutMs: 10_000,
    retry: { maxAttempts: 20, maxBackoffMs: 500 },
  });
  try {
    // Only the iommu service's events, from now on: wait until the consumer exists, then make the call.
    const stop = new AbortController();
    const timer = setTimeout(() => stop.abort(), 15_000);
    const events = client.events({ from: 'new', service: 'iommu', signal: stop.signal });
    await events.ready;

    const pa = Number(process.env.PKVM_EXAMPLE_PA ?? 0x4020_0000);
    const data = new TextEncoder().encode('pkvm-sdk');
    const { written } = await client.iommu.mem.writeMem({ pa, data });
    const back = await client.iommu.mem.readMem({ pa, length: data.length });
    console.log(`writeMem: ${written} bytes at 0x${pa.toString(16)}, read back "${new TextDecoder().decode(back.data)}"`);

    let seen: PkvmEvent | undefined;
    for await (const e of events) {
      console.log(`event #${e.sequence}: ${e.service} ${e.streamId} v${e.streamVersion} ${e.type} (${e.payload.length} bytes, id ${e.eventId})`);
      if (e.type === 'MemWrite') {
        seen = e;
        break; // closes the iterator: the consumer is deleted
      }
    }
    clearTimeout(timer);
    if (!seen) throw new Error('the MemWrite event did not arrive');

    // Resume from a stream sequence: the same event comes first.
    const again = client.events({ from: seen.sequence, service: 'iommu' });
    const first = await again.next();
    await again.close();
    if (first.done || first.value.eventId !== seen.eventId) throw new Error('resuming from the sequence did not give the same event');
    console.log(`resumed from #${seen.sequence}: ${first.value.type} ${first.value.eventId}`);
    console.log('watch-events: ok');
  } finally {
    await client.close();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
