/**
 * The NATS identity of this process, from NATS_USER / NATS_PASSWORD (deploy/base/nats/nats-server.conf gives each
 * service, the devices and the operator their own user). Empty when unset: a local server without authorization.
 */
export function natsIdentityFromEnv(env: NodeJS.ProcessEnv = process.env): { user?: string; pass?: string } {
  return env.NATS_USER ? { user: env.NATS_USER, pass: env.NATS_PASSWORD ?? '' } : {};
}
