import { childTraceparent, isTraceparent, newTraceparent, traceIdOf } from './hypercall-headers';

describe('traceparent', () => {
  it('generates valid W3C traceparents', () => {
    const tp = newTraceparent();
    expect(isTraceparent(tp)).toBe(true);
    expect(tp).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });

  it('keeps the trace id and flags in a child span, with a new span id', () => {
    const parent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const child = childTraceparent(parent);
    expect(traceIdOf(child)).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(child.endsWith('-01')).toBe(true);
    expect(child).not.toBe(parent);
  });

  it('rejects malformed or all-zero ids and starts a new trace for them', () => {
    expect(isTraceparent('00-00000000000000000000000000000000-00f067aa0ba902b7-01')).toBe(false);
    expect(isTraceparent('garbage')).toBe(false);
    expect(isTraceparent(undefined)).toBe(false);
    expect(isTraceparent(childTraceparent('garbage'))).toBe(true);
  });
});
