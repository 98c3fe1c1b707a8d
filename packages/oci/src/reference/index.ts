export { parseReference } from './parse.ts'
export {
  formatReference,
  repositoryName,
  apiHost,
  DOCKER_HUB,
  DOCKER_HUB_API_HOST
} from './reference.ts'
export type { Reference } from './reference.ts'
export { parseDigest, sha256Digest, digestOf } from './digest.ts'
export type { Digest } from './digest.ts'
