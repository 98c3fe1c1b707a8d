/**
 * The four kinds of failure, told apart from the first line of the step's error:
 * - `configuration`: a mistake in the workflow (an input, a permission, a file it names);
 * - `verification`: what was checked did not pass (a signature, a digest, a checksum);
 * - `remote`: a service (registry, Sigstore, Key Vault, a download host) refused or failed;
 * - `internal`: a bug in the action — the only kind that asks for a report.
 */
export type FailureKind = 'configuration' | 'verification' | 'remote' | 'internal'

/**
 * What the actions' runAction and the CLI read from a thrown error, structurally: the domain
 * packages' errors (OciError, SigstoreError, NotationError, VerifyError, ToolsError) carry these
 * fields without depending on either. Only `kind` is required; an Error without it is internal.
 */
export interface KindedError {
  readonly kind: FailureKind
  readonly message: string
  /** What to write instead (configuration) — printed on its own lines after the message. */
  readonly fix?: string | undefined
  /** What to check (remote): printed after the message as `Check: …`. */
  readonly hint?: string | undefined
  /** The HTTP status a service answered with, when it answered. */
  readonly status?: number | undefined
  /** The service's own error code (a registry's MANIFEST_UNKNOWN, an OAuth error…). */
  readonly serviceCode?: string | undefined
}

/** Every kind, in the order the design lists them. */
export const FAILURE_KINDS: readonly FailureKind[] = [
  'configuration',
  'verification',
  'remote',
  'internal'
]

/** Options of {@link failureKind}. */
export interface FailureKindOptions {
  error: unknown
}

/** The kind of `error`: its own `kind` when it is an Error carrying a known one, else internal. */
export function failureKind(options: FailureKindOptions): FailureKind {
  const { error } = options
  if (!(error instanceof Error)) return 'internal'
  const kind = (error as Partial<KindedError>).kind
  return typeof kind === 'string' && FAILURE_KINDS.includes(kind) ? kind : 'internal'
}
