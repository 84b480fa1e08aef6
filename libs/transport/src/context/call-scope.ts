import { AsyncLocalStorage } from 'node:async_hooks';
import type { CallContext } from './call-context';

/**
 * The call being served on this async path: NatsHypercallServer runs each handler inside it, so that anything
 * the handler does (its outgoing HypercallClient calls, its log lines) knows the request id, subject and trace.
 */
const scope = new AsyncLocalStorage<CallContext>();

/** The CallContext of the hypercall this code runs on behalf of, or undefined outside any handler. */
export function currentCall(): CallContext | undefined {
  return scope.getStore();
}

/** Runs `fn` (and every promise continuation it creates) on behalf of `ctx`. */
export function runInCall<T>(ctx: CallContext, fn: () => T): T {
  return scope.run(ctx, fn);
}
