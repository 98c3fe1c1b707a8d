export { referenceTool, referenceToolCache } from './reference-tool.ts'
export type { ReferenceTool } from './reference-tool.ts'
