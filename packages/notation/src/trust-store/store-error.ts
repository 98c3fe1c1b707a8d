import { NotationError } from '../errors.ts'

/** A TRUST_STORE error with notation's message and, when useful, what to do about it. */
export const storeError = (message: string, cause?: unknown): NotationError =>
  new NotationError({ code: 'TRUST_STORE', message, cause })
