// The catalog shipped in the repository (packages/tools/catalog.json), bundled by esbuild.
import catalogJson from '../../catalog.json' with { type: 'json' }
import { parseCatalog } from './parse-catalog.ts'
import type { Catalog } from './types.ts'

let cached: Catalog | undefined

/** The built-in catalog, validated once. */
export function builtinCatalog(): Catalog {
  cached ??= parseCatalog({ json: catalogJson, source: 'packages/tools/catalog.json' })
  return cached
}
