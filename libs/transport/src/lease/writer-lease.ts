import type { NatsConnection } from '@nats-io/transport-node';
import { Kvm, type KV } from '@nats-io/kv';

export interface WriterLeaseOptions {
  /** KV bucket (no dots); created with a TTL of `ttlMs` if missing. */
  bucket: string;
  /** The key the holder owns: the app's name. */
  key: string;
  /** The value the holder writes: its instance id. */
  holderId: string;
  /** Entries expire after this long without renewal; the holder renews every ttl/3, standbys retry as often. */
  ttlMs: number;
  /** Called when this instance becomes the holder. */
  onAcquired: () => unknown;
  /** Called as soon as this instance stops being the holder (lost, expired or released). */
  onLost: (reason: string) => unknown;
  /** Where to report unexpected failures. */
  log?: (message: string) => void;
}

/** A watchdog this much later than due means the event loop was blocked, not that NATS failed. */
const WATCHDOG_LATE_MS = 100;

/**
 * A single-writer lease on JetStream KV (features of nats-server 2.9): `create` succeeds only when the key
 * is absent (or deleted, or expired by the bucket's TTL); the holder renews with `update(key, value, revision)`,
 * which fails once anyone else wrote the key. A holder that cannot renew for 0.75 x ttl gives the lease up on
 * its own, before the key can expire and a standby take it — unless its event loop was blocked meanwhile, when
 * one conditional renewal decides.
 */
export class WriterLease {
  private kv?: KV;
  private revision = 0;
  private held = false;
  private lastRenewedAt = 0;
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private ticking = false;
  private watchdog?: NodeJS.Timeout;

  constructor(private readonly nc: NatsConnection, private readonly opts: WriterLeaseOptions) {}

  /** Opens (or creates) the bucket, tries once to take the lease, then keeps renewing or retrying. */
  async start(): Promise<void> {
    this.kv = await this.openBucket();
    await this.tick();
    this.schedule();
  }

  /**
   * nats-server 2.9 checks "name in use" and "subjects overlap" in two steps, so two services creating the
   * same bucket at once can see the other's half-made stream as an overlap: create again, which then finds it.
   */
  private async openBucket(): Promise<KV> {
    const kvm = new Kvm(this.nc as never);
    for (let attempt = 0; ; attempt++) {
      try {
        return await kvm.create(this.opts.bucket, { ttl: this.opts.ttlMs, history: 1 });
      } catch (err) {
        const racing = /subjects overlap|already in use/i.test(String((err as Error)?.message));
        if (!racing || attempt >= 5) throw err;
        await new Promise((r) => setTimeout(r, 20 * (attempt + 1)));
      }
    }
  }

  isHeld(): boolean {
    return this.held;
  }

  /** Stops renewing; when held and `release`, deletes the key so a standby takes over at once. */
  async stop(release = true): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.watchdog) clearTimeout(this.watchdog);
    if (this.held) {
      this.lose('stopped');
      if (release && this.kv) {
        await this.kv.delete(this.opts.key, { previousSeq: this.revision }).catch(() => undefined);
      }
    }
  }

  private get period(): number {
    return Math.max(50, Math.floor(this.opts.ttlMs / 3));
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setInterval(() => {
      void this.tick();
    }, this.period);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    if (this.ticking || this.stopped || !this.kv) return;
    this.ticking = true;
    try {
      if (this.held) await this.renew(this.kv);
      else await this.acquire(this.kv);
    } finally {
      this.ticking = false;
    }
  }

  private async acquire(kv: KV): Promise<void> {
    const startedAt = Date.now();
    try {
      this.revision = await kv.create(this.opts.key, this.opts.holderId);
    } catch {
      // Held by someone: ours only if it carries our instance id (a restart with the same id, or a lost renewal).
      try {
        const e = await kv.get(this.opts.key);
        if (!e || e.operation !== 'PUT' || e.string() !== this.opts.holderId) return;
        this.revision = await kv.update(this.opts.key, this.opts.holderId, e.revision);
      } catch {
        return;
      }
    }
    if (this.stopped) return;
    this.renewed(startedAt);
    this.held = true;
    await this.opts.onAcquired();
  }

  private async renew(kv: KV): Promise<void> {
    const startedAt = Date.now();
    try {
      this.revision = await kv.update(this.opts.key, this.opts.holderId, this.revision);
      this.renewed(startedAt);
      return;
    } catch (err) {
      let taken = false;
      try {
        const e = await kv.get(this.opts.key);
        taken = !e || e.operation !== 'PUT' || e.string() !== this.opts.holderId;
        if (!taken && e) {
          // Still ours (the update raced with nothing but a stale revision): adopt it.
          this.revision = await kv.update(this.opts.key, this.opts.holderId, e.revision);
          this.renewed(startedAt);
          return;
        }
      } catch {
        /* NATS unreachable: decide by the clock below */
      }
      if (taken && (await this.retakeExpired(kv, startedAt))) return;
      if (taken) this.lose('taken over or expired');
      else if (Date.now() - this.lastRenewedAt > this.opts.ttlMs * 0.75) {
        this.lose(`could not renew for ${Date.now() - this.lastRenewedAt} ms: ${(err as Error).message}`);
      }
    }
  }

  /**
   * A write of the key sent at `sentAt` succeeded: the key lives until at least sentAt + ttl on the server.
   * The watchdog gives the lease up at sentAt + 0.75 ttl unless a later renewal moves it: a renewal stuck on an
   * unreachable server must not keep us serving when the key may have expired and a standby taken over.
   */
  private renewed(sentAt: number): void {
    this.lastRenewedAt = sentAt;
    if (this.watchdog) clearTimeout(this.watchdog);
    const due = sentAt + this.opts.ttlMs * 0.75;
    this.watchdog = setTimeout(() => {
      if (!this.held) return;
      // Fired late: the event loop was busy (a long call), so the renewals could not run. That is no sign the
      // lease is gone; the conditional update says whether the key is still ours. On time: NATS is the problem.
      if (Date.now() - due > WATCHDOG_LATE_MS) void this.confirmOrLose();
      else this.lose(`no renewal for ${Date.now() - this.lastRenewedAt} ms`);
    }, Math.max(0, due - Date.now()));
    this.watchdog.unref();
  }

  /** One conditional renewal, bounded in time: it succeeds only while the key still holds our revision. */
  private async confirmOrLose(): Promise<void> {
    const sentAt = Date.now();
    const kv = this.kv;
    if (!kv) return;
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('renewal timed out')), this.opts.ttlMs * 0.2);
      });
      this.revision = await Promise.race([kv.update(this.opts.key, this.opts.holderId, this.revision), timeout]);
      if (this.held) this.renewed(sentAt);
    } catch (err) {
      if (this.held && (await this.retakeExpired(kv, sentAt))) return;
      // A concurrent tick may have renewed meanwhile; only a lease still unrenewed is lost.
      if (this.held && Date.now() - this.lastRenewedAt > this.opts.ttlMs * 0.75) {
        this.lose(`no renewal for ${Date.now() - this.lastRenewedAt} ms: ${(err as Error).message}`);
      }
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * The key expired while this holder could not renew (its event loop blocked, or it was not scheduled, past the
   * TTL) and no standby took it: take it again at once instead of leaving the subject without responders until the
   * next retry. A standby that held it meanwhile and let it go would have moved the event streams on, and this
   * holder's next append then fails its expected version and it fail-stops to replay.
   */
  private async retakeExpired(kv: KV, sentAt: number): Promise<boolean> {
    try {
      this.revision = await kv.create(this.opts.key, this.opts.holderId);
    } catch {
      // The late watchdog and a renewal tick may both get here: the other one's key is ours as well.
      const e = await kv.get(this.opts.key).catch(() => null);
      return this.held && !!e && e.operation === 'PUT' && e.string() === this.opts.holderId;
    }
    if (!this.held) return false;
    this.opts.log?.(`writer lease expired while renewals were blocked; no one took it: taken again`);
    this.renewed(sentAt);
    return true;
  }

  private lose(reason: string): void {
    if (!this.held) return;
    if (this.watchdog) clearTimeout(this.watchdog);
    this.held = false;
    try {
      const r = this.opts.onLost(reason);
      if (r instanceof Promise) r.catch((e) => this.opts.log?.(`lease onLost failed: ${(e as Error).message}`));
    } catch (e) {
      this.opts.log?.(`lease onLost failed: ${(e as Error).message}`);
    }
  }
}
