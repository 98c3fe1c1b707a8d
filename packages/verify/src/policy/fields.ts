import { VerifyError } from '../errors.ts'

/** Where in the document a value sits, e.g. `signers.release.certificate-identity`. */
export type FieldPath = string

/** An INVALID_POLICY error naming the field and what to write instead. */
export function fieldError(options: {
  source: string
  path: FieldPath
  message: string
}): VerifyError {
  const at = options.path === '' ? '' : ` at ${options.path}`
  return new VerifyError({
    code: 'INVALID_POLICY',
    message: `policy ${options.source}${at}: ${options.message}`
  })
}

/** Reads fields of one mapping, refusing keys the schema does not know. */
export interface MappingReader {
  string(key: string): string | undefined
  boolean(key: string): boolean | undefined
  /** A string, or a list of strings (a single string is a one-element list). */
  strings(key: string): string[] | undefined
  value(key: string): unknown
  path(key: string): FieldPath
  fail(key: string, message: string): never
}

export interface MappingOptions {
  source: string
  path: FieldPath
  value: unknown
  /** The keys this mapping may hold. */
  keys: readonly string[]
}

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`

/** Checks that `value` is a mapping with only known keys, and returns typed accessors. */
export function readMapping(options: MappingOptions): MappingReader {
  const { source, path, value, keys } = options
  const join = (key: string): FieldPath => (path === '' ? key : `${path}.${key}`)
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw fieldError({ source, path, message: `must be a mapping, not ${describe(value)}` })
  }
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (!keys.includes(key)) {
      throw fieldError({
        source,
        path: join(key),
        message: `unknown field; the fields here are ${keys.join(', ')}`
      })
    }
  }
  const fail = (key: string, message: string): never => {
    throw fieldError({ source, path: join(key), message })
  }
  const present = (key: string): unknown => (record[key] === null ? undefined : record[key])
  return {
    value: present,
    path: join,
    fail,
    string(key) {
      const field = present(key)
      if (field === undefined) return undefined
      if (typeof field !== 'string' || field.trim() === '') {
        return fail(key, `must be a non-empty string, not ${describe(field)}`)
      }
      return field
    },
    boolean(key) {
      const field = present(key)
      if (field === undefined) return undefined
      if (typeof field !== 'boolean')
        return fail(key, `must be true or false, not ${describe(field)}`)
      return field
    },
    strings(key) {
      const field = present(key)
      if (field === undefined) return undefined
      const list = Array.isArray(field) ? (field as unknown[]) : [field]
      if (list.length === 0 || list.some(item => typeof item !== 'string' || item.trim() === '')) {
        return fail(key, 'must be a non-empty string or a list of non-empty strings')
      }
      return list as string[]
    }
  }
}
