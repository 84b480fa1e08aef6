/** The ownership map as a picture: one bar per contiguous span of the address map, segments coloured by owner. */
export interface MemoryMapRange {
  start: number;
  end: number;
  owner: string;
  hostState: string;
  isMemory: boolean;
}

const WIDTH = 960;
const BAR = 28;
const MIN_SEGMENT = 3;

/** Colour of a range: who owns it, and whether the host shares it. */
export function ownerColour(r: Pick<MemoryMapRange, 'owner' | 'hostState' | 'isMemory'>): string {
  if (r.owner === 'HOST') {
    if (r.hostState === 'SHARED_OWNED') return '#8bc34a';
    return r.isMemory ? '#2e7d32' : '#90a4ae';
  }
  if (r.owner === 'HYP') return r.isMemory ? '#ef6c00' : '#c62828';
  if (r.owner === 'GUEST') return '#6a1b9a';
  if (r.owner === 'FFA') return '#1565c0';
  return '#616161';
}

function legendKey(r: MemoryMapRange): string {
  const base = `${r.owner} ${r.isMemory ? 'memory' : 'MMIO'}`;
  return r.owner === 'HOST' && r.hostState === 'SHARED_OWNED' ? `${base}, shared` : base;
}

const hex = (n: number) => `0x${n.toString(16)}`;
const escapeXml = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

function humanSize(bytes: number): string {
  for (const [unit, size] of [['GiB', 2 ** 30], ['MiB', 2 ** 20], ['KiB', 2 ** 10]] as const) {
    if (bytes >= size) return `${+(bytes / size).toFixed(1)} ${unit}`;
  }
  return `${bytes} B`;
}

/** Groups ranges into spans of adjacent addresses, one bar each. */
function spans(ranges: MemoryMapRange[]): MemoryMapRange[][] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: MemoryMapRange[][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1].end === r.start && last[0].isMemory === r.isMemory) last.push(r);
    else out.push([r]);
  }
  return out;
}

/**
 * Each bar is one span; a segment's width is proportional to its size, but never below a few pixels, so a
 * 4 KiB donated page next to 4 GiB of host memory stays visible.
 */
export function memoryMapSvg(ranges: MemoryMapRange[], title = 'physical memory ownership'): string {
  const rows = spans(ranges);
  const legend = new Map<string, string>();
  const parts: string[] = [];
  let y = 40;
  for (const row of rows) {
    const total = row[row.length - 1].end - row[0].start;
    const widths = row.map((r) => Math.max(MIN_SEGMENT, ((r.end - r.start) / total) * WIDTH));
    const scale = WIDTH / widths.reduce((a, b) => a + b, 0);
    parts.push(`<text x="10" y="${y - 6}" class="label">${hex(row[0].start)}–${hex(row[row.length - 1].end)} (${humanSize(total)}, ${row[0].isMemory ? 'memory' : 'MMIO'})</text>`);
    let x = 10;
    row.forEach((r, i) => {
      const w = widths[i] * scale;
      const colour = ownerColour(r);
      legend.set(legendKey(r), colour);
      const tip = `${hex(r.start)}–${hex(r.end)} ${humanSize(r.end - r.start)} ${r.owner} host=${r.hostState}`;
      parts.push(`<rect x="${x.toFixed(2)}" y="${y}" width="${w.toFixed(2)}" height="${BAR}" fill="${colour}" data-owner="${escapeXml(r.owner)}"><title>${escapeXml(tip)}</title></rect>`);
      x += w;
    });
    y += BAR + 34;
  }
  let lx = 10;
  for (const [key, colour] of legend) {
    parts.push(`<rect x="${lx}" y="${y}" width="14" height="14" fill="${colour}"/><text x="${lx + 18}" y="${y + 12}" class="label">${escapeXml(key)}</text>`);
    lx += 24 + key.length * 7;
  }
  const height = y + 30;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH + 20}" height="${height}" viewBox="0 0 ${WIDTH + 20} ${height}">`,
    '<style>.label{font:12px monospace;fill:#222}.title{font:bold 14px sans-serif}</style>',
    `<rect width="100%" height="100%" fill="#fff"/><text x="10" y="20" class="title">${escapeXml(title)}</text>`,
    ...parts,
    '</svg>',
  ].join('\n');
}
