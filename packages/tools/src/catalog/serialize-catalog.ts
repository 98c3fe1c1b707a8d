// The catalog as stable JSON text: keys sorted at every level, arrays in their given order.

/** Options of {@link serializeCatalog}. */
export interface SerializeCatalogOptions {
  /** A catalog (or any JSON value). */
  catalog: unknown
}

/** JSON with sorted keys, two-space indentation and a final newline. */
export function serializeCatalog(options: SerializeCatalogOptions): string {
  return `${JSON.stringify(sortKeys(options.catalog), null, 2)}\n`
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (typeof value !== 'object' || value === null) return value
  const record = value as Record<string, unknown>
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map(key => [key, sortKeys(record[key])])
  )
}
