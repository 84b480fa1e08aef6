import { KernelError } from '@pkvm/errno';
import { pkvm } from '@pkvm/proto';
import { decodeReply, encodeErrnoReply, encodeErrorReply, encodeResultReply } from './reply-codec';

describe('reply codec', () => {
  it('round-trips a result', () => {
    const body = pkvm.v1.PingResponse.encode({ nonce: 'n', service: 'iommu' }).finish();
    const out = decodeReply(encodeResultReply(body));
    expect(out.error).toBeUndefined();
    expect(pkvm.v1.PingResponse.decode(out.result!).nonce).toBe('n');
  });

  it('writes Reply{result} byte-identical to protobufjs, for short and long results', () => {
    for (const n of [0, 1, 127, 128, 300, 16_384, 70_000]) {
      const body = new Uint8Array(n).map((_, i) => i & 0xff);
      const mine = encodeResultReply(body);
      expect(Buffer.from(mine).equals(Buffer.from(pkvm.v1.Reply.encode({ result: body }).finish()))).toBe(true);
      expect(Buffer.from(decodeReply(mine).result!).equals(Buffer.from(body))).toBe(true);
    }
  });

  it('decodes envelopes the fast path does not take (empty, error, extra fields)', () => {
    expect(decodeReply(new Uint8Array()).result).toEqual(new Uint8Array());
    const twice = new Uint8Array([0x0a, 0x01, 0x07, 0x0a, 0x01, 0x08]); // last field wins, as protobuf says
    expect(Array.from(decodeReply(twice).result!)).toEqual([8]);
    expect(() => decodeReply(new Uint8Array([0x0a, 0x05, 0x01]))).toThrow();
  });

  it('keeps a KernelError errno and message', () => {
    const out = decodeReply(encodeErrorReply(KernelError.of('EBUSY', 'driver already registered')));
    expect(out.error).toBeInstanceOf(KernelError);
    expect(out.error!.errno).toBe(-16);
    expect(out.error!.errnoName).toBe('EBUSY');
    expect(out.error!.message).toBe('driver already registered');
  });

  it('keeps the errno of a foreign error that carries one (store conflict)', () => {
    const conflict = Object.assign(new Error('version conflict'), { errno: 17 });
    expect(decodeReply(encodeErrorReply(conflict)).error!.errno).toBe(-17);
  });

  it('maps any other error to EIO with its message', () => {
    const out = decodeReply(encodeErrorReply(new TypeError('boom')));
    expect(out.error!.errno).toBe(-5);
    expect(out.error!.message).toBe('boom');
    expect(decodeReply(encodeErrnoReply('ETIMEDOUT', 'late')).error!.errnoName).toBe('ETIMEDOUT');
  });

  it('sets the SMCCC view: x0 success, x1 the errno', () => {
    const r = pkvm.v1.Reply.decode(encodeErrorReply(KernelError.of('EINVAL', 'x')));
    expect(r.error!.smcccX0).toBe(0);
    expect(r.error!.smcccX1).toBe(-22);
  });
});
