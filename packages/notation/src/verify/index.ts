export { verifyNotationSignature } from './verify-signature.ts'
export type {
  NotationVerificationOutcome,
  ValidationResult,
  VerificationTarget,
  VerifyNotationSignatureOptions
} from './types.ts'
