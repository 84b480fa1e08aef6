import { databaseConfigFor } from './database-config';

describe('databaseConfigFor', () => {
  it('is a SQLite file per service under .data/ without DATABASE_URL', () => {
    expect(databaseConfigFor('iommu', { env: {} })).toEqual({ kind: 'sqlite', file: '.data/iommu/events.sqlite' });
    expect(databaseConfigFor('iommu', { env: {}, dataDir: '/var/lib/pkvm' })).toEqual({
      kind: 'sqlite',
      file: '/var/lib/pkvm/iommu/events.sqlite',
    });
  });

  it('is a PostgreSQL schema per service with DATABASE_URL', () => {
    expect(databaseConfigFor('boot-coordinator', { env: { DATABASE_URL: 'postgres://db/pkvm' } })).toEqual({
      kind: 'postgres',
      url: 'postgres://db/pkvm',
      schema: 'pkvm_boot_coordinator',
    });
  });
});
