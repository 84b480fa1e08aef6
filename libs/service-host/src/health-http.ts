import { createServer, Server } from 'node:http';

export interface HealthProbe {
  live(): boolean;
  readiness(): Promise<{ ready: boolean; detail: string }>;
}

/** What GET /metrics answers (the Prometheus text format). */
export interface MetricsSource {
  scrape(): Promise<{ contentType: string; body: string }>;
}

/**
 * The optional small HTTP port: GET /livez and /readyz answer 200 or 503 (Kubernetes probes), GET /metrics the
 * service's Prometheus metrics when a source is given.
 */
export function serveHealthHttp(port: number, probe: HealthProbe, metrics?: MetricsSource): Promise<Server> {
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
    if (req.url === '/metrics' && metrics) {
      metrics.scrape().then(
        (m) => res.writeHead(200, { 'content-type': m.contentType }).end(m.body),
        (e: Error) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`${e.message}\n`),
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
