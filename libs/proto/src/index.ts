import './int64-as-number';
export { pkvm } from './generated/pkvm';
export { METHODS, SERVICE_ROUTES, method, methodsOf } from './method-table';
export type { AppName, MessageType, MethodDescriptor } from './method-table';
