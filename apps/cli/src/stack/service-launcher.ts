import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The four services, in the order `npm start` and `pkvm up` start them. */
export const SERVICE_APPS = ['iommu', 'hypervisor', 'host-kernel', 'boot-coordinator'] as const;
export type ServiceApp = (typeof SERVICE_APPS)[number];

/** The repository root, from dist/apps/cli/src/stack. */
const repositoryRoot = resolve(__dirname, '..', '..', '..', '..', '..');

export interface LaunchedService {
  readonly app: ServiceApp;
  readonly child: ChildProcess;
  readonly logFile: string;
}

/**
 * Starts one service from the compiled dist/ with its output appended to `<logDir>/<app>.log`. A detached service
 * is its own process group and does not keep this process alive (`pkvm up --detach`).
 */
export function launchService(app: ServiceApp, env: NodeJS.ProcessEnv, logDir: string, detached = false): LaunchedService {
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, `${app}.log`);
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, ['-r', join(repositoryRoot, 'scripts', 'register-paths.js'), join(repositoryRoot, 'dist', 'apps', app, 'src', 'main.js')], {
    cwd: repositoryRoot,
    env,
    stdio: ['ignore', out, out],
    detached,
  });
  if (detached) child.unref();
  return { app, child, logFile };
}

/** SIGTERM to each service that still runs; resolves when all have exited. */
export async function stopServices(services: readonly LaunchedService[]): Promise<void> {
  await Promise.all(
    services.map(
      ({ child }) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
        }),
    ),
  );
}
