import { NotationError } from '../errors.ts'
import type { VerifyNotationSignatureOptions } from './types.ts'

/** Throws INVALID_INPUT for options no signature could make sense of (programming errors). */
export function validateVerifyOptions(options: VerifyNotationSignatureOptions): void {
  const problems: string[] = []
  if (!Buffer.isBuffer(options.envelope)) problems.push('envelope must be a Buffer')
  if (!options.statement || typeof options.statement.actions !== 'object') {
    problems.push('statement must be a validated trust policy statement with actions')
  }
  if (!options.trustStores || typeof options.trustStores.load !== 'function') {
    problems.push('trustStores must have a load() function')
  }
  const { target } = options
  if (target?.kind !== 'oci' && target?.kind !== 'blob') {
    problems.push("target.kind must be 'oci' or 'blob'")
  }
  if (options.now && Number.isNaN(options.now.getTime())) problems.push('now is not a valid date')
  if (problems.length > 0) {
    throw new NotationError({
      code: 'INVALID_INPUT',
      message: `verifyNotationSignature options are invalid: ${problems.join('; ')}`
    })
  }
}
