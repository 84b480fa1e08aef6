/** A kernel WARN or BUG site that fired, by name. */
export interface KernelSplat {
  kind: 'WARN' | 'BUG';
  site: string;
  detail: string;
  call: string;
}

/** Thrown out of the domain when a BUG site fires: the service records it and stops, as a panic would. */
export class HypPanic extends Error {
  override readonly name = 'HypPanic';
  constructor(readonly site: string, readonly detail: string, readonly call: string) {
    super(`BUG at ${site}: ${detail}`);
  }
}
