import type { MigrationInterface, QueryRunner } from 'typeorm';

function isPostgres(queryRunner: QueryRunner): boolean {
  return queryRunner.connection.driver.options.type === 'postgres';
}

/**
 * The event store's schema: events, outbox, replies (transport dedupe window), store_meta.
 * One migration for both drivers; only the column types differ. On PostgreSQL the tables land in the
 * service's schema through the connection's search_path.
 */
export class EventStoreInit1764000000000 implements MigrationInterface {
  name = 'EventStoreInit1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const pg = isPostgres(queryRunner);
    const t = pg
      ? { pk: 'BIGSERIAL PRIMARY KEY', big: 'BIGINT', int: 'INTEGER', uuid: 'UUID', str: 'VARCHAR(255)', bytes: 'BYTEA', text: 'TEXT' }
      : { pk: 'INTEGER PRIMARY KEY AUTOINCREMENT', big: 'INTEGER', int: 'INTEGER', uuid: 'TEXT', str: 'TEXT', bytes: 'BLOB', text: 'TEXT' };
    await queryRunner.query(
      `CREATE TABLE events (
        position ${t.pk},
        event_id ${t.uuid} NOT NULL,
        stream_id ${t.str} NOT NULL,
        stream_version ${t.int} NOT NULL,
        type ${t.str} NOT NULL,
        payload ${t.bytes} NOT NULL,
        metadata ${t.text} NOT NULL,
        recorded_at ${t.big} NOT NULL,
        CONSTRAINT uq_events_event_id UNIQUE (event_id),
        CONSTRAINT uq_events_stream_version UNIQUE (stream_id, stream_version)
      )`,
    );
    await queryRunner.query(
      `CREATE TABLE outbox (
        position ${t.big} NOT NULL PRIMARY KEY,
        CONSTRAINT fk_outbox_event FOREIGN KEY (position) REFERENCES events (position)
      )`,
    );
    await queryRunner.query(
      `CREATE TABLE replies (
        request_id ${t.str} NOT NULL PRIMARY KEY,
        seq ${t.big} NOT NULL,
        reply ${t.bytes} NOT NULL,
        recorded_at ${t.big} NOT NULL
      )`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX ix_replies_seq ON replies (seq)`);
    await queryRunner.query(`CREATE TABLE store_meta (key ${t.str} NOT NULL PRIMARY KEY, value ${t.text} NOT NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE store_meta`);
    await queryRunner.query(`DROP TABLE replies`);
    await queryRunner.query(`DROP TABLE outbox`);
    await queryRunner.query(`DROP TABLE events`);
  }
}

/** Every migration, oldest first. */
export const EVENT_STORE_MIGRATIONS = [EventStoreInit1764000000000];

/** Where TypeORM records the migrations it ran (kept apart from any other library's table). */
export const MIGRATIONS_TABLE = 'event_store_migrations';
