import './int64-as-number';
import { pkvm } from './generated/pkvm';
import descriptor from './generated/descriptor.json';

/** A generated protobufjs message class: what the transport needs to cross the wire. */
export interface MessageType<T = unknown> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
  toObject(message: T, options?: object): Record<string, unknown>;
  fromObject(object: Record<string, unknown>): T;
}

/** The four processes (ARCHITECTURE.md, "Processes"). */
export type AppName = 'host-kernel' | 'hypervisor' | 'iommu' | 'boot-coordinator';

/**
 * Where each proto service lives on NATS: `pkvm.v1.<service>[.<area>]`, and which app serves it.
 * One proto service per area, so NATS permissions can follow the split (ARCHITECTURE.md, "Wire").
 */
export const SERVICE_ROUTES: Record<string, { subjectRoot: string; app: AppName }> = {
  HostKernelService: { subjectRoot: 'pkvm.v1.host', app: 'host-kernel' },
  HostKernelBootService: { subjectRoot: 'pkvm.v1.host.boot', app: 'host-kernel' },
  HypervisorService: { subjectRoot: 'pkvm.v1.hypervisor', app: 'hypervisor' },
  HypService: { subjectRoot: 'pkvm.v1.hyp', app: 'hypervisor' },
  HypervisorEarlyService: { subjectRoot: 'pkvm.v1.hypervisor.early', app: 'hypervisor' },
  HypervisorDumpService: { subjectRoot: 'pkvm.v1.hypervisor.dump', app: 'hypervisor' },
  HypervisorFaultService: { subjectRoot: 'pkvm.v1.hypervisor.fault', app: 'hypervisor' },
  IommuService: { subjectRoot: 'pkvm.v1.iommu', app: 'iommu' },
  IommuEl2Service: { subjectRoot: 'pkvm.v1.iommu.el2', app: 'iommu' },
  IommuMmioService: { subjectRoot: 'pkvm.v1.iommu.mmio', app: 'iommu' },
  IommuMemService: { subjectRoot: 'pkvm.v1.iommu.mem', app: 'iommu' },
  IommuDmaService: { subjectRoot: 'pkvm.v1.iommu.dma', app: 'iommu' },
  IommuDumpService: { subjectRoot: 'pkvm.v1.iommu.dump', app: 'iommu' },
  BootCoordinatorService: { subjectRoot: 'pkvm.v1.boot', app: 'boot-coordinator' },
  BootSagaService: { subjectRoot: 'pkvm.v1.boot.saga', app: 'boot-coordinator' },
};

export interface MethodDescriptor {
  /** `HypService.Hvc` */
  readonly name: string;
  readonly service: string;
  readonly method: string;
  /** Without the deployment's subject prefix: `pkvm.v1.hyp.Hvc`. */
  readonly subject: string;
  readonly app: AppName;
  readonly requestType: MessageType;
  readonly responseType: MessageType;
  /**
   * The proto marks it `option idempotency_level = NO_SIDE_EFFECTS` or `IDEMPOTENT`: safe to re-send (libs/sdk
   * retries only these).
   */
  readonly idempotent: boolean;
}

type Json = { nested?: Record<string, Json>; methods?: Record<string, { requestType: string; responseType: string; options?: { idempotency_level?: string } }> };

const v1 = (descriptor as Json).nested!.pkvm.nested!.v1;
const messages = pkvm.v1 as unknown as Record<string, MessageType>;

function buildTable(): Map<string, MethodDescriptor> {
  const table = new Map<string, MethodDescriptor>();
  for (const [service, def] of Object.entries(v1.nested!)) {
    if (!def.methods) continue;
    const route = SERVICE_ROUTES[service];
    if (!route) throw new Error(`proto service ${service} has no route in SERVICE_ROUTES`);
    for (const [method, m] of Object.entries(def.methods)) {
      const subject = `${route.subjectRoot}.${method}`;
      table.set(subject, {
        name: `${service}.${method}`,
        service,
        method,
        subject,
        app: route.app,
        requestType: messages[m.requestType],
        responseType: messages[m.responseType],
        idempotent: ['NO_SIDE_EFFECTS', 'IDEMPOTENT'].includes(m.options?.idempotency_level ?? ''),
      });
    }
  }
  return table;
}

/** Every method of every proto service, by subject. */
export const METHODS: ReadonlyMap<string, MethodDescriptor> = buildTable();

/** The descriptor for `Service.Method` or a subject; throws when the proto has no such method. */
export function method(nameOrSubject: string): MethodDescriptor {
  const bySubject = METHODS.get(nameOrSubject);
  if (bySubject) return bySubject;
  for (const d of METHODS.values()) if (d.name === nameOrSubject) return d;
  throw new Error(`no proto method ${nameOrSubject}`);
}

/** The subjects an app serves. */
export function methodsOf(app: AppName): MethodDescriptor[] {
  return [...METHODS.values()].filter((d) => d.app === app);
}
