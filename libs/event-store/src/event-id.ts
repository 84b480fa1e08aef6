import { randomFillSync } from 'node:crypto';

const POOL_IDS = 256;
const pool = Buffer.alloc(16 * POOL_IDS);
let next = POOL_IDS;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * A new event id: a UUIDv7 (RFC 9562), 48 bits of Unix milliseconds then 74 random bits. Globally unique like
 * crypto.randomUUID() (v4), but time-ordered, so the UNIQUE(event_id) index grows at its right edge instead of
 * at random leaves (roughly 2x the insert rate on SQLite once the index outgrows the page cache).
 */
export function newEventId(now = Date.now()): string {
  if (next === POOL_IDS) {
    randomFillSync(pool);
    next = 0;
  }
  const o = 16 * next++;
  const b = pool;
  // 48-bit big-endian milliseconds
  const hi = Math.floor(now / 0x1_0000_0000);
  const lo = now >>> 0;
  b[o] = (hi >>> 8) & 0xff;
  b[o + 1] = hi & 0xff;
  b[o + 2] = lo >>> 24;
  b[o + 3] = (lo >>> 16) & 0xff;
  b[o + 4] = (lo >>> 8) & 0xff;
  b[o + 5] = lo & 0xff;
  b[o + 6] = (b[o + 6] & 0x0f) | 0x70; // version 7
  b[o + 8] = (b[o + 8] & 0x3f) | 0x80; // variant 10
  const h = (i: number) => HEX[b[o + i]];
  return (
    h(0) + h(1) + h(2) + h(3) + '-' + h(4) + h(5) + '-' + h(6) + h(7) + '-' + h(8) + h(9) + '-' +
    h(10) + h(11) + h(12) + h(13) + h(14) + h(15)
  );
}
