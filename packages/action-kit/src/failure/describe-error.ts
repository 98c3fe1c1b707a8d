import { inspect } from 'node:util'

/** How deep `causeChain` follows `cause` before it stops (guards against cycles and noise). */
const MAX_CAUSES = 10

/**
 * A one-line description of anything that was thrown. Objects that are not Errors are described
 * by their type only: they may be HTTP responses or option bags holding credentials.
 */
export function describeThrown(value: unknown): string {
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code
    const suffix = typeof code === 'string' || typeof code === 'number' ? ` (code ${code})` : ''
    return `${value.name}: ${value.message}${suffix}`
  }
  if (typeof value === 'object' && value !== null) {
    return `a thrown ${value.constructor?.name ?? 'object'} that is not an Error`
  }
  return typeof value === 'string' ? value : inspect(value)
}

/** The `cause` chain of `error`, outermost first, not including `error` itself. */
export function causeChain(error: unknown): unknown[] {
  const causes: unknown[] = []
  let current = error
  while (current instanceof Error && current.cause !== undefined && causes.length < MAX_CAUSES) {
    current = current.cause
    if (causes.includes(current) || current === error) break
    causes.push(current)
  }
  return causes
}
