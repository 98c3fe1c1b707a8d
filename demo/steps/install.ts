import { execFile } from 'node:child_process'
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { createBundleSigner } from '@sign/sigstore'
import {
  bundleEntry,
  executeAction,
  publishRelease,
  startReleaseServer,
  versionLine
} from '@sign/testenv'
import type { ActionResult, ReleaseAsset, ReleaseServer } from '@sign/testenv'
import { builtinCatalog, platformKey, platformOf, resolveAsset } from '@sign/tools'
import type { Catalog } from '@sign/tools'
import type { DemoEnvironment } from '../environment.ts'
import type { DemoStep } from '../step.ts'

const root = resolve(import.meta.dirname, '../..')
const exec = promisify(execFile)

/** The versions the demo's catalog pins, built here (cosign's is left unpinned on purpose). */
const PINNED: Record<string, string> = {
  notation: '1.3.2',
  'notation-azure-kv': '1.2.0',
  oras: '1.3.2',
  syft: '1.54.0'
}
/** Not in the catalog: installable only because its checksums file's bundle verifies. */
const COSIGN_VERSION = '3.2.0'

/**
 * The install action against a loopback release mirror: releases of the five tools are built
 * here and published under the built-in catalog's own asset names and tags, so the real
 * templates resolve them. The catalog file pins four of them; cosign is installed at a version
 * it does not pin, from a checksums file whose Sigstore bundle is signed by the stack as the
 * release workflow the catalog names. A second run is served from the tool cache; a tampered
 * archive is refused and leaves nothing behind.
 */
export const install: DemoStep = {
  title: 'install: pinned, verified installs of cosign, notation (+ Key Vault plugin), oras, syft',
  async run(env) {
    const mirror = await startReleaseServer()
    try {
      return await runInstallDemo({ env, mirror })
    } finally {
      await mirror.stop()
    }
  }
}

async function runInstallDemo(options: {
  env: DemoEnvironment
  mirror: ReleaseServer
}): Promise<string[]> {
  const { env, mirror } = options
  const dir = join(env.workspace, 'install')
  await mkdir(dir, { recursive: true })
  const { catalog, published } = await publishReleases(options)
  const catalogPath = join(dir, 'tools-catalog.json')
  await writeFile(catalogPath, JSON.stringify(catalog, null, 2))
  const tools = [`cosign@${COSIGN_VERSION}`, ...Object.keys(PINNED)].join('\n')
  const toolCache = join(dir, 'tool-cache')
  const home = join(dir, 'home')
  const runStep = (cache: string): Promise<ActionResult> =>
    executeAction({
      entry: bundleEntry('install'),
      actionYml: join(root, 'actions/install/action.yml'),
      inputs: {
        tools,
        mirror: mirror.url,
        catalog: catalogPath,
        'trusted-root': env.sigstore.trustedRootPath
      },
      env: { RUNNER_TOOL_CACHE: cache, HOME: home, XDG_CONFIG_HOME: join(home, 'xdg-config') }
    })

  let started = performance.now()
  const first = await runStep(toolCache)
  const firstMs = performance.now() - started
  const firstRequests = mirror.requests.length
  if (first.exitCode !== 0) throw new Error(`install failed: ${errors(first)}`)
  const reported = JSON.parse(first.outputs['tools'] ?? '[]') as {
    tool: string
    version: string
    'verified-by': string
  }[]
  for (const tool of ['cosign', 'notation', 'oras', 'syft']) {
    const version = first.outputs[`${tool}-version`] ?? ''
    const { stdout } = await exec(tool, [], {
      env: { PATH: [...first.path, '/usr/bin', '/bin'].join(':') }
    })
    if (stdout.trim() !== versionLine({ tool, version })) {
      throw new Error(`${tool} on PATH printed ${stdout.trim()}`)
    }
  }
  const plugin = first.outputs['notation-azure-kv-path'] ?? ''
  const { stdout: pluginLine } = await exec(plugin)
  if (!pluginLine.includes('notation-azure-kv')) throw new Error(`${plugin} did not run`)

  const requestsBefore = mirror.requests.length
  started = performance.now()
  const second = await runStep(toolCache)
  const secondMs = performance.now() - started
  const downloads = mirror.requests.slice(requestsBefore)
  const hits = (JSON.parse(second.outputs['tools'] ?? '[]') as { 'cache-hit': boolean }[]).filter(
    tool => tool['cache-hit']
  )
  if (second.exitCode !== 0 || downloads.length > 0 || hits.length !== 5) {
    throw new Error(`the second run missed the cache: ${downloads.join(', ')} ${errors(second)}`)
  }

  const oras = published.get('oras')!
  mirror.put(oras.path, Buffer.concat([oras.asset.bytes, Buffer.from('tampered')]))
  const cleanCache = join(dir, 'tool-cache-tampered')
  await mkdir(cleanCache)
  const tampered = await runStep(cleanCache)
  mirror.put(oras.path, oras.asset.bytes)
  const refusal = errors(tampered)
  if (
    tampered.exitCode !== 1 ||
    !refusal.includes(`expected SHA-256 ${oras.asset.sha256}`) ||
    tampered.path.length > 0 ||
    (await readdir(cleanCache)).length > 0
  ) {
    throw new Error(`a tampered oras archive was not refused cleanly: ${refusal}`)
  }

  const verifiedBy = reported.map(tool => `${tool.tool} ${tool.version} (${tool['verified-by']})`)
  return [
    `installed from the mirror ${mirror.url}, each SHA-256 checked before extraction: ${verifiedBy.join(', ')}`,
    `cosign ${COSIGN_VERSION} is not in the catalog: its checksums file's Sigstore bundle verified against the release workflow's identity`,
    `cosign, notation, oras and syft run from PATH; the Key Vault plugin is at ${plugin.slice(home.length + 1)}`,
    `a second run hit the tool cache for all five tools and downloaded nothing (${secondMs.toFixed(0)} ms against ${firstMs.toFixed(0)} ms and ${firstRequests} downloads for the first)`,
    `a tampered oras archive was refused (${/expected SHA-256 \w{12}/.exec(refusal)?.[0]}…, got another digest): nothing on PATH, nothing cached`
  ]
}

interface Published {
  asset: ReleaseAsset
  /** Its path on the mirror. */
  path: string
}

/**
 * Builds a release of each tool for this machine and publishes it on the mirror under the
 * built-in catalog's names; returns that catalog with the demo's pins, cosign's checksums signed
 * by (and its bundle identity set to) the demo's release workflow.
 */
async function publishReleases(options: {
  env: DemoEnvironment
  mirror: ReleaseServer
}): Promise<{ catalog: Catalog; published: Map<string, Published> }> {
  const { env, mirror } = options
  const platform = platformOf({ platform: process.platform, arch: process.arch })
  const key = platformKey(platform)
  const builtin = builtinCatalog()
  const { repository, workflowPath, ref } = env.oidc.workflow
  const catalog: Catalog = {
    version: 1,
    generated: { at: '2026-11-22', by: 'the demo: releases built on the spot' },
    tools: {
      ...builtin.tools,
      cosign: {
        ...builtin.tools['cosign']!,
        checksumsBundle: {
          asset: builtin.tools['cosign']!.checksumsBundle!.asset,
          certificateIdentity: `https://github.com/${repository}/${workflowPath}@${ref}`,
          certificateOidcIssuer: env.oidc.issuer
        }
      }
    }
  }
  const signer = createBundleSigner({
    instance: {
      fulcioUrl: env.sigstore.fulcioUrl,
      rekorUrl: env.sigstore.rekorUrl,
      rekorVersion: 1
    },
    identityProvider: { getToken: () => Promise.resolve(env.oidc.mint({ audience: 'sigstore' })) }
  })
  const published = new Map<string, Published>()
  const versions: [string, string][] = [['cosign', COSIGN_VERSION], ...Object.entries(PINNED)]
  for (const [tool, version] of versions) {
    const resolved = resolveAsset({ catalog, tool, version, platform, mirror: mirror.url })
    const asset = await publishRelease({
      server: mirror,
      release: resolved,
      ...(tool === 'cosign' ? { signer } : {})
    })
    published.set(tool, { asset, path: new URL(resolved.url).pathname })
    if (tool !== 'cosign') {
      catalog.tools[tool] = {
        ...catalog.tools[tool]!,
        defaultVersion: version,
        versions: { [version]: { [key]: asset.sha256 } }
      }
    }
  }
  return { catalog, published }
}

function errors(result: ActionResult): string {
  return result.annotations
    .filter(annotation => annotation.level === 'error')
    .map(annotation => annotation.message)
    .join('; ')
}
