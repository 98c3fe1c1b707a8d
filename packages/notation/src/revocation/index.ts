export { createRevocationChecker } from './checker.ts'
export type { RevocationCheckerOptions } from './checker.ts'
export type {
  CertificateRevocation,
  RevocationCheckOptions,
  RevocationChecker,
  RevocationStatus
} from './types.ts'
