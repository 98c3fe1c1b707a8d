// The catalog parser: JSON in, a fully validated Catalog out, or an error naming the JSON path.
import { ToolsError } from '../errors.ts'
import { childPath } from './json-path.ts'
import { invalidField, readObject, readString } from './json-fields.ts'
import { parseTool } from './parse-tool.ts'
import type { Catalog } from './types.ts'

/** Options of {@link parseCatalog}. */
export interface ParseCatalogOptions {
  /** The catalog: JSON text, or a value already parsed from JSON. */
  json: unknown
  /** Where it came from (a file path, `built-in catalog`), named in errors. */
  source: string
}

const TOOL_NAME = /^[a-z0-9][a-z0-9-]*$/u

/**
 * Validates a tool catalog: every field typed, templates using only their placeholders, SHA-256
 * values as 64 lowercase hex digits, each default version pinned, platform keys known. Throws
 * `ToolsError` `INVALID_CATALOG` naming the JSON path (`$.tools.cosign.versions["2.4.1"]…`).
 */
export function parseCatalog(options: ParseCatalogOptions): Catalog {
  const context = { source: options.source }
  let value: unknown = options.json
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value)
    } catch (error) {
      throw new ToolsError({
        code: 'INVALID_CATALOG',
        message: `Invalid tool catalog ${options.source}: not JSON (${(error as Error).message}).`,
        cause: error
      })
    }
  }
  const raw = readObject(context, '$', value, ['version', 'generated', 'tools'])
  if (raw.version !== 1) invalidField(context, '$.version', 'must be 1')
  const generated = readObject(context, '$.generated', raw.generated, ['at', 'by', 'sources'])
  const at = readString(context, '$.generated.at', generated.at, {
    pattern: /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/u,
    expected: 'an ISO 8601 date or UTC time'
  })
  const by = readString(context, '$.generated.by', generated.by)
  const catalog: Catalog = { version: 1, generated: { at, by }, tools: {} }
  if (generated.sources !== undefined) {
    const sources = readObject(context, '$.generated.sources', generated.sources)
    catalog.generated.sources = Object.fromEntries(
      Object.entries(sources).map(([key, source]) => [
        key,
        readString(context, childPath('$.generated.sources', key), source)
      ])
    )
  }
  const tools = readObject(context, '$.tools', raw.tools)
  if (Object.keys(tools).length === 0)
    invalidField(context, '$.tools', 'must list at least one tool')
  for (const [name, tool] of Object.entries(tools)) {
    const path = childPath('$.tools', name)
    if (!TOOL_NAME.test(name)) {
      invalidField(
        context,
        path,
        'must be keyed by a tool name of lowercase letters, digits and dashes'
      )
    }
    catalog.tools[name] = parseTool(context, path, tool)
  }
  return catalog
}
