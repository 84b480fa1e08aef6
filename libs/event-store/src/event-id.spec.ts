import { newEventId } from './event-id';

describe('newEventId', () => {
  it('is a UUIDv7 carrying the time', () => {
    const t = Date.UTC(2026, 10, 25, 12, 0, 0, 123);
    const id = newEventId(t);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(t);
  });

  it('never repeats and sorts by time across milliseconds', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => newEventId(1_700_000_000_000 + Math.floor(i / 100)));
    expect(new Set(ids).size).toBe(ids.length);
    for (let i = 100; i < ids.length; i += 100) expect(ids[i] > ids[i - 1]).toBe(true);
  });
});
