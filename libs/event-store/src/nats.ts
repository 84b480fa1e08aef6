/**
 * nats.js v3 values from `@nats-io/transport-node` (run time), types from `@nats-io/nats-core`'s files:
 * the transport package re-exports the core through a package subpath (`@nats-io/nats-core/internal`)
 * that TypeScript's `moduleResolution: node` cannot follow. Type imports are erased at build.
 */
import * as transport from '@nats-io/transport-node';
import type * as core from '@nats-io/nats-core/lib/mod';

export type { NatsConnection } from '@nats-io/nats-core/lib/core';

const api = transport as unknown as typeof core;

export const headers: typeof core.headers = api.headers;
export const nanos: typeof core.nanos = api.nanos;
