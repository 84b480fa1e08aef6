import { createServer, Server } from 'node:http';

export interface HealthProbe {
  live(): boolean;
  readiness(): Promise<{ ready: boolean; detail: string }>;
}

/** The optional small HTTP port for Kubernetes probes: GET /livez and /readyz answer 200 or 503. */
export function serveHealthHttp(port: number, probe: HealthProbe): Promise<Server> {
  const server = createServer((req, res) => {
    const reply = (ok: boolean, body: string) => {
      res.writeHead(ok ? 200 : 503, { 'content-type': 'text/plain' });
      res.end(body + '\n');
    };
    if (req.url === '/livez') return reply(probe.live(), probe.live() ? 'live' : 'not live');
    if (req.url === '/readyz') {
      probe.readiness().then(
        (r) => reply(r.ready, r.detail),
        (e: Error) => reply(false, e.message),
      );
      return;
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '0.0.0.0', () => resolve(server));
  });
}
