// Pins tool releases in packages/tools/catalog.json from the projects' own checksums files.
//   node scripts/regen-tool-catalog.ts [--mirror URL] [--catalog PATH] [--trusted-root FILE]
//                                      [--set-default] TOOL@VERSION…
// For each release: fetch its checksums file and, when the tool publishes one, the file's Sigstore
// bundle, which must verify against the release identity in the catalog (public-good trusted
// root unless --trusted-root); then pin the asset checksum of every platform the tool publishes
// for. The catalog is written (sorted keys, prettier-formatted) only when every release succeeded.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { format, resolveConfig } from 'prettier'
import { writeBytesAtomic } from '@sign/oci'
import { loadTrustedRoot } from '@sign/sigstore'
import type { TrustedRootJSON } from '@sign/sigstore'
import { parseCatalog, regenerateVersion, serializeCatalog } from '../packages/tools/src/index.ts'
import type { Catalog } from '../packages/tools/src/index.ts'

const USAGE =
  'usage: node scripts/regen-tool-catalog.ts [--mirror URL] [--catalog PATH] ' +
  '[--trusted-root FILE] [--set-default] TOOL@VERSION…'
const DEFAULT_CATALOG = resolve(import.meta.dirname, '..', 'packages', 'tools', 'catalog.json')

/** A release to pin: `cosign@3.1.3` or `cosign@v3.1.3`. */
interface Release {
  tool: string
  version: string
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      mirror: { type: 'string' },
      catalog: { type: 'string', default: DEFAULT_CATALOG },
      'trusted-root': { type: 'string' },
      'set-default': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false }
    }
  })
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const releases = parseReleases(positionals, values['set-default'])
  const path = resolve(values.catalog)
  let catalog: Catalog = parseCatalog({ json: await readFile(path, 'utf8'), source: path })
  const trustedRoot: TrustedRootJSON | undefined =
    values['trusted-root'] === undefined
      ? undefined
      : await loadTrustedRoot({ path: values['trusted-root'] })
  for (const release of releases) {
    const result = await regenerateVersion({
      catalog,
      ...release,
      setDefault: values['set-default'],
      mirror: values.mirror,
      trustedRoot
    })
    catalog = result.catalog
    const signed = result.verifiedBy ? `signed by ${result.verifiedBy.identity}` : 'unsigned'
    const missing = result.missing.length > 0 ? `; not listed: ${result.missing.join(', ')}` : ''
    process.stdout.write(
      `${result.tool}@${result.version}: pinned ${Object.keys(result.pinned).join(', ')} ` +
        `from ${result.checksumsUrl} (${signed})${missing}\n`
    )
  }
  // Written beside the target, then renamed: readers never see a half-written catalog.
  await writeBytesAtomic({ path, bytes: await formatted(path, catalog) })
  process.stdout.write(`wrote ${path}\n`)
}

function parseReleases(specs: string[], setDefault: boolean): Release[] {
  if (specs.length === 0) throw new Error(`no release given\n${USAGE}`)
  const releases = specs.map(spec => {
    const at = spec.lastIndexOf('@')
    if (at <= 0 || at === spec.length - 1) {
      throw new Error(`"${spec}" is not TOOL@VERSION: write e.g. cosign@3.1.3`)
    }
    return { tool: spec.slice(0, at), version: spec.slice(at + 1) }
  })
  const tools = releases.map(r => r.tool)
  const twice = tools.find((tool, index) => tools.indexOf(tool) !== index)
  if (setDefault && twice !== undefined) {
    throw new Error(`--set-default with two releases of ${twice}: give the one to make the default`)
  }
  return releases
}

async function formatted(path: string, catalog: Catalog): Promise<string> {
  const config = (await resolveConfig(path)) ?? {}
  return format(serializeCatalog({ catalog }), { ...config, parser: 'json', filepath: path })
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error)
  const code = (error as { code?: unknown }).code
  process.stderr.write(`error${typeof code === 'string' ? ` (${code})` : ''}: ${message}\n`)
  process.stderr.write('The catalog was not changed.\n')
  process.exitCode = 1
})
