/**
 * A mistake in the workflow, not in the action: a missing or malformed input, a missing permission.
 * `message` says what was wrong and leads into `fix`, which is what to write instead (often the
 * exact YAML). `runAction` prints both and no "internal error" hint. Anything else thrown is told
 * apart by its `kind` (see FailureKind); an error without one is internal.
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError'
  /** The failure kind runAction reads (see FailureKind). */
  readonly kind = 'configuration'
  /** What to write instead, printed on its own lines after the message (for example YAML). */
  readonly fix: string | undefined

  constructor(message: string, options: { fix?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.fix = options.fix
  }
}
