import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

describe('proto/ and the committed generated code', () => {
  it('regenerating the TypeScript from proto/ changes nothing', () => {
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'proto-gen.js'), '--check'], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toContain('generated code matches proto/');
    expect(r.status).toBe(0);
  });

  it('passes buf lint', () => {
    const out = execFileSync(bin('buf'), ['lint', 'proto'], { cwd: root, encoding: 'utf8' });
    expect(out.trim()).toBe('');
  });

  it('buf lint fails a proto that breaks the rules, so the lint check can fail', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pkvm-buf-'));
    try {
      cpSync(join(root, 'proto'), dir, { recursive: true });
      writeFileSync(join(dir, 'pkvm', 'v1', 'bad.proto'), 'syntax = "proto3";\npackage pkvm.v1;\nmessage bad_name { int32 X = 1; }\n');
      const r = spawnSync(bin('buf'), ['lint', '.'], { cwd: dir, encoding: 'utf8' });
      expect(r.status).not.toBe(0);
      expect(r.stdout).toMatch(/bad_name/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the check notices a stale generated file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pkvm-gen-'));
    try {
      for (const p of ['proto', 'scripts', 'libs/proto/src/generated']) cpSync(join(root, p), join(dir, p), { recursive: true });
      execFileSync('ln', ['-s', join(root, 'node_modules'), join(dir, 'node_modules')]);
      writeFileSync(join(dir, 'libs/proto/src/generated/pkvm.d.ts'), '// stale\n');
      const r = spawnSync(process.execPath, [join(dir, 'scripts', 'proto-gen.js'), '--check'], { cwd: dir, encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/stale \(pkvm\.d\.ts\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
