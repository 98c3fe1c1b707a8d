// A forwarding proxy that makes a real server flaky on purpose: seeded faults per request.
export { startFaultProxy } from './proxy.ts'
export type { FaultProxy, FaultProxyOptions, ProxiedRequest } from './proxy.ts'
export { chooseFault, FAULT_KINDS } from './faults.ts'
export type { FaultKey, FaultKind, FaultPlan } from './faults.ts'
