import type { ValidationAction, ValidationType } from '../trust-policy/types.ts'
import type { NotationVerificationOutcome, ValidationResult } from './types.ts'

/** Collects results the way notation-go does: enforced failures stop, logged ones warn. */
export class Outcome {
  readonly value: NotationVerificationOutcome = { verified: false, results: [], warnings: [] }

  /** Records a check; true when it failed and is enforced (verification stops). */
  record(type: ValidationType, action: ValidationAction, message?: string): boolean {
    const result: ValidationResult = { type, action, ok: message === undefined }
    if (message !== undefined) result.message = message
    this.value.results.push(result)
    return this.settle(result)
  }

  /** Applies a (possibly updated) result's failure: enforced stops, logged warns. */
  settle(result: ValidationResult): boolean {
    if (result.ok || result.message === undefined) return false
    if (result.action === 'enforce') {
      this.value.failure = { type: result.type, message: result.message }
      return true
    }
    if (result.action === 'log') {
      this.value.warnings.push(
        `${result.type} was set to "log" and failed with error: ${result.message}`
      )
    }
    return false
  }

  fail(type: 'payload' | 'userMetadata', message: string): NotationVerificationOutcome {
    this.value.failure = { type, message }
    return this.value
  }
}
