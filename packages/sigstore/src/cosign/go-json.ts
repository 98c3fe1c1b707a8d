// cosign writes its legacy formats with Go's encoding/json; these reproduce its bytes.

const GO_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029'
}

/**
 * JSON as Go's `json.Marshal` writes it: compact, object keys in the order given (build objects
 * in struct-field order; pass maps through `goMap`), and `<`, `>`, `&`, U+2028, U+2029 escaped
 * as `\u00XX` (they can only occur inside strings, so replacing them in the text is safe).
 */
export function goJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, c => GO_ESCAPES[c] ?? c)
}

/** A Go map as `json.Marshal` orders it: keys sorted by their UTF-8 bytes. */
export function goMap<T>(map: Record<string, T>): Record<string, T> {
  const keys = Object.keys(map).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
  return Object.fromEntries(keys.map(key => [key, map[key] as T]))
}
