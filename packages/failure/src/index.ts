// The four kinds of failure: the contract the domain errors carry, and how the actions and the CLI
// read it. No dependencies, so every package can share it.
export { failureKind, FAILURE_KINDS } from './failure-kind.ts'
export type { FailureKind, FailureKindOptions, KindedError } from './failure-kind.ts'
export { serviceAnswer } from './service-answer.ts'
export type { ServiceAnswerOptions } from './service-answer.ts'
export { mappedStack } from './mapped-stack.ts'
export type { MappedStackOptions } from './mapped-stack.ts'
