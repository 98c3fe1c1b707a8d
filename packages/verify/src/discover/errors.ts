/** Why discovery could not run at all (one unreadable signature is a result, not an error). */
export type DiscoveryErrorCode = 'NOT_FOUND' | 'READ_FAILED'

/** The error type of signature discovery: a `code` to branch on and the `cause` behind it. */
export class DiscoveryError extends Error {
  readonly code: DiscoveryErrorCode

  constructor(options: { code: DiscoveryErrorCode; message: string; cause?: unknown }) {
    super(options.message, { cause: options.cause })
    this.name = 'DiscoveryError'
    this.code = options.code
  }
}
