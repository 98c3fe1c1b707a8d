// Typed reads of untrusted JSON, each failure an INVALID_CATALOG error naming the JSON path.
import { ToolsError } from '../errors.ts'
import { childPath } from './json-path.ts'

/** Where the JSON came from (a file path or `built-in catalog`), for error messages. */
export interface FieldContext {
  source: string
}

/** Throws INVALID_CATALOG for the field at `path`. */
export function invalidField(context: FieldContext, path: string, problem: string): never {
  throw new ToolsError({
    code: 'INVALID_CATALOG',
    message: `Invalid tool catalog ${context.source}: ${path} ${problem}.`
  })
}

/** A plain JSON object with only the given keys; returns it as a record. */
export function readObject(
  context: FieldContext,
  path: string,
  value: unknown,
  allowedKeys?: readonly string[]
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    invalidField(context, path, `must be an object, not ${describe(value)}`)
  }
  const record = value as Record<string, unknown>
  if (allowedKeys !== undefined) {
    for (const key of Object.keys(record)) {
      if (!allowedKeys.includes(key)) {
        invalidField(
          context,
          childPath(path, key),
          `is not a known field (known: ${allowedKeys.join(', ')})`
        )
      }
    }
  }
  return record
}

/** A string matching `pattern` (when given), described by `expected` in the error. */
export function readString(
  context: FieldContext,
  path: string,
  value: unknown,
  check?: { pattern: RegExp; expected: string }
): string {
  if (typeof value !== 'string') {
    invalidField(context, path, `must be a string, not ${describe(value)}`)
  }
  if (value.length === 0) invalidField(context, path, 'must not be empty')
  if (check !== undefined && !check.pattern.test(value)) {
    invalidField(context, path, `must be ${check.expected}, not ${JSON.stringify(value)}`)
  }
  return value
}

/** One of a fixed set of strings. */
export function readEnum<T extends string>(
  context: FieldContext,
  path: string,
  value: unknown,
  allowed: readonly T[]
): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    invalidField(context, path, `must be one of ${allowed.join(', ')}, not ${describe(value)}`)
  }
  return value as T
}

/** A short description of a JSON value for error messages. */
export function describe(value: unknown): string {
  if (value === undefined) return 'missing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${value}`
  return typeof value
}
