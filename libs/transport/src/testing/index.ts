/** Test helpers (`@pkvm/transport/testing`): not part of the production surface. */
export { SqliteReplyLedger } from './sqlite-reply-ledger';
