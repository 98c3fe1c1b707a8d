import { NotationError } from '../errors.ts'

/** A VERIFICATION_FAILED error about a timestamp countersignature. */
export function timestampError(message: string, cause?: unknown): NotationError {
  return new NotationError({ code: 'VERIFICATION_FAILED', message, cause })
}
