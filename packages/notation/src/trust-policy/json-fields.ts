// Reading a parsed JSON trust policy the way Go's encoding/json fills notation-go's structs:
// keys match case-insensitively (the last match wins), unknown keys are ignored and `null` is the
// zero value. A value of the wrong JSON type is an error naming the field path.
import { policyError, TRUST_POLICY_LINK } from './policy-error.ts'

/** A JSON object as JSON.parse returns it. */
export type JsonObject = Record<string, unknown>

/** Where a value sits, for messages: the document's source and the field path. */
export interface FieldPlace {
  source: string
  path: string
}

const describe = (value: unknown): string =>
  Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`

function typeError(place: FieldPlace, expected: string, value: unknown) {
  return policyError(
    place.source,
    `malformed trust policy: ${place.path} must be ${expected}, not ${describe(value)}. To create a trust policy, see: ${TRUST_POLICY_LINK}`
  )
}

/** The value of `name` in `object` (Go's case-insensitive match, last key wins); null → undefined. */
function fieldValue(object: JsonObject, name: string): unknown {
  const wanted = name.toLowerCase()
  let found: unknown
  for (const key of Object.keys(object)) {
    if (key.toLowerCase() === wanted) found = object[key]
  }
  return found === null ? undefined : found
}

const child = (place: FieldPlace, name: string): FieldPlace => ({
  source: place.source,
  path: place.path ? `${place.path}.${name}` : name
})

/** A JSON object (or absent → undefined). */
export function asObject(value: unknown, place: FieldPlace): JsonObject | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'object' || Array.isArray(value)) throw typeError(place, 'an object', value)
  return value as JsonObject
}

/** A string field; absent → ''. */
export function stringField(object: JsonObject, name: string, place: FieldPlace): string {
  const value = fieldValue(object, name)
  if (value === undefined) return ''
  if (typeof value !== 'string') throw typeError(child(place, name), 'a string', value)
  return value
}

/** A boolean field; absent → false. */
export function booleanField(object: JsonObject, name: string, place: FieldPlace): boolean {
  const value = fieldValue(object, name)
  if (value === undefined) return false
  if (typeof value !== 'boolean') throw typeError(child(place, name), 'true or false', value)
  return value
}

/** An array-of-strings field; absent → undefined (Go's nil slice); null elements → ''. */
export function stringArrayField(
  object: JsonObject,
  name: string,
  place: FieldPlace
): string[] | undefined {
  const value = fieldValue(object, name)
  if (value === undefined) return undefined
  const where = child(place, name)
  if (!Array.isArray(value)) throw typeError(where, 'an array of strings', value)
  return value.map((item: unknown) => {
    if (item === null) return ''
    if (typeof item !== 'string') throw typeError(where, 'an array of strings', value)
    return item
  })
}

/** An object field whose values are all strings (Go's map[string]string); absent → undefined. */
export function stringMapField(
  object: JsonObject,
  name: string,
  place: FieldPlace
): [string, string][] | undefined {
  const where = child(place, name)
  const value = asObject(fieldValue(object, name), where)
  if (value === undefined) return undefined
  return Object.entries(value).map(([key, item]) => {
    if (item === null) return [key, '']
    if (typeof item !== 'string') throw typeError(child(where, key), 'a string', item)
    return [key, item]
  })
}

/** An object field; absent → {}. */
export function objectField(object: JsonObject, name: string, place: FieldPlace): JsonObject {
  return asObject(fieldValue(object, name), child(place, name)) ?? {}
}

/** An array-of-objects field; absent → undefined; null elements → {}. */
export function objectArrayField(
  object: JsonObject,
  name: string,
  place: FieldPlace
): JsonObject[] | undefined {
  const value = fieldValue(object, name)
  if (value === undefined) return undefined
  const where = child(place, name)
  if (!Array.isArray(value)) throw typeError(where, 'an array of objects', value)
  return value.map(
    (item: unknown, index) => asObject(item, { ...where, path: `${where.path}[${index}]` }) ?? {}
  )
}
