// The Actions runtime for tests: runs a bundled node24 action as the runner does and reads back
// everything it left (file commands, workflow commands, log).
export { executeAction } from './execute-action.ts'
export type { ActionResult, ExecuteActionOptions } from './execute-action.ts'
export { findSecretLeaks } from './secret-leaks.ts'
export { parseWorkflowCommands, parseStepOutput } from './workflow-commands.ts'
export type { ActionAnnotation, WorkflowCommands } from './workflow-commands.ts'
export { parseKeyValueFile, parsePathFile } from './file-commands.ts'
export { parseActionInputs } from './action-yml.ts'
export { contextVariables, pushEventPayload } from './context.ts'
export type { RunLocations } from './context.ts'
export { inputVariableName } from './inputs.ts'
export { emptyGroups, linesAfterGroups, logShape } from './step-log.ts'
export type { LogGroup, LogShape } from './step-log.ts'
export {
  codeBlockAfter,
  foldBody,
  headlines,
  htmlText,
  summaryTables,
  tableColumns
} from './summary-text.ts'
export type { TableText } from './summary-text.ts'
export { bundleDirectory, bundleEntry } from './bundles.ts'
