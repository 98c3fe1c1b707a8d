import type { ParsedEnvelope } from '../envelope/types.ts'
import type { Outcome } from './outcome.ts'
import type { VerifyNotationSignatureOptions } from './types.ts'

/** What each step after integrity works on; a step records its results in `outcome`. */
export interface StepOptions {
  options: VerifyNotationSignatureOptions
  /** The envelope that passed the integrity step. */
  envelope: ParsedEnvelope
  /** The verification time. */
  now: Date
  outcome: Outcome
}
