import { pkvm, type MessageType } from '@pkvm/proto';
import type { DriverKind, KernelEvent, KernelEventType, SmmuProbeRecord } from './kernel-state';

const D = pkvm.v1.HostIommuDriver;

/** HostIommuDriver <-> the registry's driver kinds. */
export function driverToWire(kind: DriverKind | 'none' | undefined): pkvm.v1.HostIommuDriver {
  if (kind === 'smmu-v3') return D.HOST_IOMMU_DRIVER_SMMU_V3;
  if (kind === 'test') return D.HOST_IOMMU_DRIVER_TEST;
  if (kind === 'none') return D.HOST_IOMMU_DRIVER_NONE;
  return D.HOST_IOMMU_DRIVER_UNSPECIFIED;
}

export function driverFromWire(v: number | null | undefined): DriverKind | 'none' | undefined {
  if (v === D.HOST_IOMMU_DRIVER_SMMU_V3) return 'smmu-v3';
  if (v === D.HOST_IOMMU_DRIVER_TEST) return 'test';
  if (v === D.HOST_IOMMU_DRIVER_NONE) return 'none';
  return undefined;
}

const slotKind = (v: number | null | undefined): DriverKind | undefined => {
  const k = driverFromWire(v);
  return k === 'none' ? undefined : k;
};

/** Each event's payload is the step's response message: the event is exactly what the caller was told. */
export const RESPONSE_TYPES: Record<KernelEventType, MessageType> = {
  ReserveCarveout: pkvm.v1.ReserveCarveoutResponse as unknown as MessageType,
  RegisterDriver: pkvm.v1.RegisterDriverResponse as unknown as MessageType,
  CreateHypMappings: pkvm.v1.CreateHypMappingsResponse as unknown as MessageType,
  InitIommuDriver: pkvm.v1.InitIommuDriverResponse as unknown as MessageType,
  PkvmInit: pkvm.v1.PkvmInitResponse as unknown as MessageType,
  FreeHypPgds: pkvm.v1.FreeHypPgdsResponse as unknown as MessageType,
  Deprivilege: pkvm.v1.DeprivilegeResponse as unknown as MessageType,
  RemoveIommuDriver: pkvm.v1.RemoveIommuDriverResponse as unknown as MessageType,
};

/** The step's response (a plain object the generated encoder takes). */
export function eventToWire(e: KernelEvent): Record<string, unknown> {
  switch (e.type) {
    case 'RegisterDriver':
      return { ...e.record, activeDriver: driverToWire(e.record.activeDriver) };
    case 'InitIommuDriver':
      return { ...e.record, driver: driverToWire(e.record.driver) };
    case 'RemoveIommuDriver':
      return { ...e.record, driver: driverToWire(e.record.driver) };
    default:
      return { ...e.record };
  }
}

export function encodeKernelEvent(e: KernelEvent): Uint8Array {
  const t = RESPONSE_TYPES[e.type];
  return t.encode(t.fromObject(eventToWire(e))).finish();
}

function plain(type: MessageType, bytes: Uint8Array): Record<string, any> {
  return type.toObject(type.decode(bytes), { longs: Number, enums: Number, defaults: true, arrays: true });
}

function probeFromWire(m: Record<string, any>): SmmuProbeRecord {
  const { tables, ...rest } = m;
  return { ...(rest as Omit<SmmuProbeRecord, 'tables'>), ...(tables ? { tables } : {}) };
}

/** The event a stored (type, payload) holds; throws for a type this code does not know. */
export function decodeKernelEvent(type: string, payload: Uint8Array): KernelEvent {
  const t = RESPONSE_TYPES[type as KernelEventType];
  if (!t) throw new Error(`unknown host-kernel event type ${type}`);
  const m = plain(t, payload);
  switch (type as KernelEventType) {
    case 'RegisterDriver':
      return { type: 'RegisterDriver', record: { ...(m as any), activeDriver: slotKind(m.activeDriver) } };
    case 'InitIommuDriver':
      return { type: 'InitIommuDriver', record: { ...(m as any), driver: slotKind(m.driver), smmus: m.smmus.map(probeFromWire) } };
    case 'RemoveIommuDriver':
      return { type: 'RemoveIommuDriver', record: { ...(m as any), driver: slotKind(m.driver) } };
    default:
      return { type, record: m } as KernelEvent;
  }
}
