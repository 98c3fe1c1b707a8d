/** A usage error: exit 2, the message saying what to write. */
export class UsageError extends Error {
  /** The failure kind (see failure/exit-codes.ts). */
  readonly kind = 'configuration'

  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}
