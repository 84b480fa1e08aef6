import type { AppName } from '@pkvm/proto';

/**
 * A method's subject on the wire: the METHODS subject, behind the deployment's (or a test's) prefix.
 * `subjectFor('t1', 'pkvm.v1.hyp.Hvc')` is `t1.pkvm.v1.hyp.Hvc`; an empty prefix leaves the subject alone.
 */
export function subjectFor(prefix: string | undefined, subject: string): string {
  return prefix ? `${prefix}.${subject}` : subject;
}

/** The queue group every instance of one app shares, so only one instance gets each request. */
export function queueGroupFor(prefix: string | undefined, app: AppName | string): string {
  return prefix ? `${prefix}.pkvm.${app}` : `pkvm.${app}`;
}

/** KV bucket names allow only `[A-Za-z0-9_-]`: the writer-lease bucket for a prefix. */
export function leaseBucketFor(prefix: string | undefined): string {
  const clean = (prefix ?? '').replace(/[^A-Za-z0-9_-]/g, '_');
  return clean ? `${clean}_pkvm_leases` : 'pkvm_leases';
}
