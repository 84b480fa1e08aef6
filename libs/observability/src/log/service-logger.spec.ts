import { Logger } from '@nestjs/common';
import { CallContext, runInCall } from '@pkvm/transport';
import { logSettingsFromEnv } from './log-settings';
import { NestPinoLogger } from './nest-pino-logger';
import { plainLine } from './plain-line';
import { createServiceLogger, type ServiceLogger } from './service-logger';

const TP = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

/** A logger writing into an array of parsed JSON records. */
function capture(level: 'info' | 'debug' = 'info'): { log: ServiceLogger; records: Record<string, unknown>[]; lines: string[] } {
  const lines: string[] = [];
  const log = createServiceLogger({ service: 'iommu', instanceId: 'iommu-1', level, format: 'json', destination: { write: (s: string) => void lines.push(s) } });
  return { log, lines, get records() { return lines.map((l) => JSON.parse(l) as Record<string, unknown>); } };
}

describe('createServiceLogger', () => {
  it('writes one JSON object per line with level name, ISO time, service and instance', () => {
    const c = capture();
    c.log.info('replayed 3 events');
    expect(c.lines).toHaveLength(1);
    expect(c.lines[0].endsWith('\n')).toBe(true);
    expect(c.records[0]).toMatchObject({ level: 'info', service: 'iommu', instance: 'iommu-1', msg: 'replayed 3 events' });
    expect(new Date(c.records[0].time as string).toISOString()).toBe(c.records[0].time);
    expect(c.records[0]).not.toHaveProperty('trace_id');
  });

  it('adds request_id, subject and trace_id to every line written on behalf of a call, also after an await', async () => {
    const c = capture();
    const ctx = new CallContext('req-7', Date.now() + 1000, TP, 'pkvm.v1.hyp.Hvc', 'hyp-1');
    await runInCall(ctx, async () => {
      c.log.info('before');
      await new Promise((r) => setTimeout(r, 1));
      c.log.warn('after');
    });
    c.log.info('outside');
    expect(c.records.map((r) => [r.msg, r.request_id, r.subject, r.trace_id])).toEqual([
      ['before', 'req-7', 'pkvm.v1.hyp.Hvc', '4bf92f3577b34da6a3ce929d0e0e4736'],
      ['after', 'req-7', 'pkvm.v1.hyp.Hvc', '4bf92f3577b34da6a3ce929d0e0e4736'],
      ['outside', undefined, undefined, undefined],
    ]);
  });

  it('honours the level: debug lines only at debug', () => {
    const info = capture('info');
    info.log.debug('hidden');
    expect(info.lines).toHaveLength(0);
    const debug = capture('debug');
    debug.log.debug('shown');
    expect(debug.records[0]).toMatchObject({ level: 'debug', msg: 'shown' });
  });
});

describe('NestPinoLogger', () => {
  it("turns NestJS Logger calls into records with the context, error's stack included", () => {
    const c = capture('debug');
    Logger.overrideLogger(new NestPinoLogger(c.log));
    const l = new Logger('iommu-machine');
    l.log('replayed 14 events');
    l.warn('crash armed');
    l.error('commit failed', 'Error: boom\n    at x');
    l.debug('detail');
    expect(c.records.map((r) => [r.level, r.context, r.msg, r.stack])).toEqual([
      ['info', 'iommu-machine', 'replayed 14 events', undefined],
      ['warn', 'iommu-machine', 'crash armed', undefined],
      ['error', 'iommu-machine', 'commit failed', 'Error: boom\n    at x'],
      ['debug', 'iommu-machine', 'detail', undefined],
    ]);
  });
});

describe('plainLine', () => {
  it('puts time, level, service, context and message first and the call fields after', () => {
    const line = plainLine({ level: 'warn', time: '2026-01-02T03:04:05.678Z', service: 'iommu', instance: 'i', context: 'iommu-machine', msg: 'crash armed', trace_id: 'abc', error: 'no such device' });
    expect(line).toBe('03:04:05.678 WARN  iommu [iommu-machine] crash armed trace_id=abc error="no such device"\n');
  });
});

describe('logSettingsFromEnv', () => {
  it('defaults to info, JSON when stdout is not a terminal and plain when it is', () => {
    expect(logSettingsFromEnv({}, false)).toEqual({ level: 'info', format: 'json' });
    expect(logSettingsFromEnv({}, true)).toEqual({ level: 'info', format: 'plain' });
    expect(logSettingsFromEnv({ LOG_LEVEL: 'DEBUG', PKVM_LOG_FORMAT: 'pretty' }, false)).toEqual({ level: 'debug', format: 'plain' });
  });

  it('refuses an unknown level or format with EINVAL', () => {
    expect(() => logSettingsFromEnv({ LOG_LEVEL: 'loud' }, false)).toThrow(expect.objectContaining({ errnoName: 'EINVAL' }));
    expect(() => logSettingsFromEnv({ PKVM_LOG_FORMAT: 'xml' }, false)).toThrow(/PKVM_LOG_FORMAT/);
  });
});
