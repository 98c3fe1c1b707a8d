// How the verification tests check a rejection: a SigstoreError with the expected code and a
// message that gives the reason.
import assert from 'node:assert/strict'
import { SigstoreError } from '../src/errors.ts'
import type { SigstoreErrorCode } from '../src/errors.ts'
import { verifyBundle } from '../src/verify/index.ts'
import type { VerifyBundleOptions } from '../src/verify/index.ts'

/**
 * A validator for assert.throws and assert.rejects (or to call on a caught error): the error is
 * a SigstoreError with this code and a message matching the reason.
 */
export function rejection(code: SigstoreErrorCode, reason: RegExp): (error: unknown) => true {
  return error => {
    assert.ok(error instanceof SigstoreError, `expected a SigstoreError, got ${String(error)}`)
    assert.equal(error.code, code, error.message)
    assert.match(error.message, reason)
    return true
  }
}

/** Asserts verifyBundle rejects with this code and a message matching the reason. */
export function assertRejected(
  options: VerifyBundleOptions,
  code: SigstoreErrorCode,
  reason: RegExp
): void {
  assert.throws(() => verifyBundle(options), rejection(code, reason))
}
