/**
 * A small NestJS microservice on NatsHypercallServer, spawned by the transport tests and the bench
 * (built by tsconfig.build.json: `node -r ./scripts/register-paths.js dist/libs/transport/src/testing/lease-fixture.main.js`).
 * It plays the `hypervisor` app: HypervisorService.Ping answers with its instance id; HypService.Hvc acts by x0:
 *   1 COUNTER  append to stream `counter` at its current version, answer x1 = the new version
 *   2 LOG      append the request id to stream `calls` (any version), after args[0] ms; answer x1 = 1
 *   3 SLEEP    answer after args[0] ms
 *   4 EBUSY    throw KernelError EBUSY
 *   5 FAIL     throw a plain Error
 * Environment: NATS_URL, PKVM_PREFIX, PKVM_INSTANCE_ID, PKVM_LEDGER_FILE (better-sqlite3; unset: in memory),
 * PKVM_LEASE_BUCKET and PKVM_LEASE_TTL_MS (unset: no lease), PKVM_RAW_SUBJECT (also answer raw NATS requests there,
 * for the bench's baseline). Prints `READY <instanceId>` when listening and `LEASE <event>` on lease changes.
 */
import 'reflect-metadata';
import { Controller, Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, Payload } from '@nestjs/microservices';
import { KernelError } from '@pkvm/errno';
import { pkvm } from '@pkvm/proto';
import { CallContext } from '../context/call-context';
import { InMemoryReplyLedger } from '../ledger/in-memory-reply-ledger';
import { connect } from '@nats-io/transport-node';
import { Hypercall } from '../server/hypercall-exception-filter';
import { NatsHypercallServer } from '../server/nats-hypercall-server';
import { subjectFor } from '../subjects/subject-naming';
import { SqliteReplyLedger } from './sqlite-reply-ledger';

const env = process.env;
const instanceId = env.PKVM_INSTANCE_ID ?? `fixture-${process.pid}`;
const sqlite = env.PKVM_LEDGER_FILE ? new SqliteReplyLedger(env.PKVM_LEDGER_FILE) : undefined;
const memory = sqlite ? undefined : new InMemoryReplyLedger();
const version = (stream: string) => (sqlite ? sqlite.version(stream) : memory!.version(stream));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

@Controller()
class FixtureController {
  @Hypercall('HypervisorService.Ping')
  ping(@Payload() req: pkvm.v1.PingRequest): pkvm.v1.PingResponse.$Properties {
    return { nonce: req.nonce, service: 'hypervisor', instanceId, timeMs: Date.now() };
  }

  @Hypercall('HypService.Hvc')
  async hvc(@Payload() req: pkvm.v1.HvcRequest, @Ctx() ctx: CallContext): Promise<pkvm.v1.HvcResponse.$Properties> {
    const arg = Number(req.args?.[0] ?? 0);
    switch (Number(req.x0)) {
      case 1: {
        const v = version('counter');
        ctx.append('counter', v, [{ type: 'Incremented', payload: utf8(ctx.requestId ?? ''), metadata: { instanceId } }]);
        return { x0: 0, x1: v + 1 };
      }
      case 2:
        if (arg) await sleep(arg);
        ctx.append('calls', -1, [{ type: 'Called', payload: utf8(ctx.requestId ?? ''), metadata: { instanceId } }]);
        return { x0: 0, x1: 1 };
      case 3:
        await sleep(arg);
        return { x0: 0 };
      case 4:
        throw KernelError.of('EBUSY', 'driver already registered');
      case 5:
        throw new Error('unexpected failure');
      default:
        return { x0: -1 };
    }
  }
}

@Module({ controllers: [FixtureController] })
class FixtureModule {}

async function main(): Promise<void> {
  const url = env.NATS_URL ?? 'nats://127.0.0.1:4222';
  const prefix = env.PKVM_PREFIX ?? '';
  const ttl = env.PKVM_LEASE_TTL_MS ? Number(env.PKVM_LEASE_TTL_MS) : 0;
  const nc = await connect({ servers: url, name: `fixture-${instanceId}`, maxReconnectAttempts: -1 });
  const server = new NatsHypercallServer({
    connection: nc,
    service: 'hypervisor',
    instanceId,
    subjectPrefix: prefix,
    ledger: sqlite ?? memory!,
    lease: ttl > 0 ? { bucket: env.PKVM_LEASE_BUCKET, ttlMs: ttl } : false,
  });
  server.on('lease-acquired', () => process.stdout.write(`LEASE acquired ${instanceId}\n`));
  server.on('lease-lost', () => process.stdout.write(`LEASE lost ${instanceId}\n`));
  const app = await NestFactory.createMicroservice(FixtureModule, { strategy: server, logger: ['error', 'warn'] });
  if (env.PKVM_RAW_SUBJECT) {
    // The bench's baseline: the same Ping answered by bare nats.js in this same process.
    nc.subscribe(subjectFor(prefix, env.PKVM_RAW_SUBJECT), {
      callback: (_err, msg) => {
        const req = pkvm.v1.PingRequest.decode(msg.data);
        msg.respond(pkvm.v1.PingResponse.encode({ nonce: req.nonce, service: 'hypervisor', instanceId, timeMs: Date.now() }).finish());
      },
    });
  }
  await app.listen();
  process.stdout.write(`READY ${instanceId}\n`);
  const stop = async () => {
    await app.close();
    await nc.close();
    sqlite?.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

main().catch((err) => {
  new Logger('fixture').error(err);
  process.exit(1);
});
