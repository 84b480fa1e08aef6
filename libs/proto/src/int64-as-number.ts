import * as protobuf from 'protobufjs/minimal';

// 64-bit fields decode to plain numbers: registers and 48-bit addresses fit in 53 bits, and
// SMCCC_RET_NOT_SUPPORTED (-1) stays exact. Without this, protobufjs picks up `long` and returns Long objects.
protobuf.util.Long = undefined as never;
protobuf.configure();
