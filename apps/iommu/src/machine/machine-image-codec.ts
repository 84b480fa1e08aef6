import type { MachineImage, MachineModel } from './machine-snapshot';

const WORDS = 1024;

/**
 * A machine image as bytes: u32 length + JSON model, then u32 frame count and per frame an f64 PFN and its
 * 4 KiB. Little-endian (the twin's machine is little-endian). Compression is the caller's (zlib).
 */
export function encodeImage(img: MachineImage): Uint8Array {
  const json = Buffer.from(JSON.stringify({ hash: img.hash, model: img.model }), 'utf8');
  const out = Buffer.alloc(4 + json.length + 4 + img.frames.length * (8 + WORDS * 4));
  let o = out.writeUInt32LE(json.length, 0);
  o += json.copy(out, o);
  o = out.writeUInt32LE(img.frames.length, o);
  for (const [pfn, words] of img.frames) {
    o = out.writeDoubleLE(pfn, o);
    o += Buffer.from(words.buffer, words.byteOffset, WORDS * 4).copy(out, o);
  }
  return out;
}

export function decodeImage(bytes: Uint8Array): MachineImage {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const jsonLen = b.readUInt32LE(0);
  const { hash, model } = JSON.parse(b.toString('utf8', 4, 4 + jsonLen)) as { hash: string; model: MachineModel };
  let o = 4 + jsonLen;
  const n = b.readUInt32LE(o);
  o += 4;
  const frames: [number, Uint32Array][] = [];
  for (let i = 0; i < n; i++) {
    const pfn = b.readDoubleLE(o);
    const words = new Uint32Array(WORDS);
    Buffer.from(words.buffer).set(b.subarray(o + 8, o + 8 + WORDS * 4));
    frames.push([pfn, words]);
    o += 8 + WORDS * 4;
  }
  if (o !== b.length) throw new Error(`machine image: ${b.length - o} trailing bytes`);
  return { hash, model, frames };
}
