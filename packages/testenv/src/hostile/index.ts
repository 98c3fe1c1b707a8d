// Hostile peers and inputs for the attack tests and the demo: a registry whose answers carry
// workflow commands, the attack strings, and the check that the runner read none of them.
export { startHostileRegistry } from './hostile-registry.ts'
export type { HostileRegistry } from './hostile-registry.ts'
export { assertNoForgedCommands, injection } from './hostile-output.ts'
