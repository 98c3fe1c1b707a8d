/** Typed reads of untrusted JSON: a field is used only when it has the expected type. */

export type JsonObject = Record<string, unknown>

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function stringField(object: JsonObject, key: string): string | undefined {
  const value = object[key]
  return typeof value === 'string' ? value : undefined
}

/** The objects of an array field (other elements are skipped); `[]` when it is not an array. */
export function objectsField(object: JsonObject, key: string): JsonObject[] {
  const value = object[key]
  return Array.isArray(value) ? value.filter(isObject) : []
}

/** The strings of an array field (other elements are skipped). */
export function stringsField(object: JsonObject, key: string): string[] {
  const value = object[key]
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : []
}
