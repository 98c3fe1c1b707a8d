import { readFile } from 'node:fs/promises'
import { ConfigurationError } from '@sign/action-kit'
import { builtinCatalog, parseCatalog, ToolsError } from '@sign/tools'
import type { Catalog } from '@sign/tools'

/** The catalog file given by the `catalog` input, or the built-in catalog. */
export async function loadCatalog(options: { path: string | undefined }): Promise<Catalog> {
  if (options.path === undefined) return builtinCatalog()
  let text: string
  try {
    text = await readFile(options.path, 'utf8')
  } catch (cause) {
    throw new ConfigurationError(
      `Input 'catalog' names ${options.path}, which cannot be read (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}). Write the path of a catalog file in the workspace, or leave it out for the built-in catalog:`,
      { cause, fix: 'with:\n  catalog: .github/tools-catalog.json' }
    )
  }
  try {
    return parseCatalog({ json: text, source: options.path })
  } catch (cause) {
    if (!(cause instanceof ToolsError)) throw cause
    throw new ConfigurationError(
      `Input 'catalog': ${cause.message} The file must follow the schema of packages/tools/catalog.json; fix it, or leave the input out for the built-in catalog:`,
      { cause, fix: 'with:\n  catalog: .github/tools-catalog.json' }
    )
  }
}
