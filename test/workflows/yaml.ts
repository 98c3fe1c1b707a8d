// The `yaml` package the workspace already has: @sign/verify's dependency (it reads policy files).
// The root package does not depend on it, so it is reached through that package's node_modules.
export {
  LineCounter,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit
} from '../../packages/verify/node_modules/yaml/dist/index.js'
export type { Node } from '../../packages/verify/node_modules/yaml/dist/index.js'
