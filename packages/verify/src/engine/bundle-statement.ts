/** An in-toto statement as a DSSE bundle carries it, read without verifying. */
export interface BundleStatement {
  predicateType: string | undefined
  predicate: unknown
  /** The whole statement, parsed. */
  statement: Record<string, unknown>
}

/**
 * The in-toto statement of a DSSE bundle (parsed JSON, verified or not): undefined when the
 * bundle holds no DSSE envelope or its payload is not a JSON object.
 */
export function bundleStatement(options: { bundle: unknown }): BundleStatement | undefined {
  const envelope = (options.bundle as { dsseEnvelope?: { payload?: unknown } } | null)?.dsseEnvelope
  if (typeof envelope?.payload !== 'string') return undefined
  try {
    const statement = JSON.parse(
      Buffer.from(envelope.payload, 'base64').toString('utf8')
    ) as unknown
    if (statement === null || typeof statement !== 'object' || Array.isArray(statement)) {
      return undefined
    }
    const record = statement as Record<string, unknown>
    const type = record['predicateType']
    return {
      predicateType: typeof type === 'string' ? type : undefined,
      predicate: record['predicate'],
      statement: record
    }
  } catch {
    return undefined
  }
}
