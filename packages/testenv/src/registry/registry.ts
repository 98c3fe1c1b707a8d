import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setUpRegistryAuth, type RegistryAuthSetup } from './auth-setup.ts'
import { registryConfig, type RegistryConfigOptions } from './config.ts'
import { dockerConfigFor } from './docker-config.ts'
import { launchOnFreePort, launchRegistryProcess, type RegistryProcess } from './process.ts'
import { readRequestLog, requestLogOffset } from './request-log.ts'
import type { Registry, RegistryFor, RegistryOptions } from './types.ts'

const KILL_AFTER_MS = 5_000

/** Writes the configuration for `port` and starts docker-registry with it. */
async function launchDistribution(options: {
  port: number
  config: Omit<RegistryConfigOptions, 'port'>
  directory: string
  scheme: 'http' | 'https'
  timeoutMs: number
}): Promise<RegistryProcess> {
  const configPath = join(options.directory, 'config.json')
  await writeFile(
    configPath,
    JSON.stringify(registryConfig({ ...options.config, port: options.port }), null, 2)
  )
  return launchRegistryProcess({
    command: 'docker-registry',
    args: ['serve', configPath],
    logPath: join(options.directory, 'registry.log'),
    readyUrl: `${options.scheme}://127.0.0.1:${options.port}/v2/`,
    timeoutMs: options.timeoutMs,
    killAfterMs: KILL_AFTER_MS
  })
}

/**
 * Runs Debian's docker-registry (distribution 2.8.2) on 127.0.0.1 with a random port and its
 * data in a fresh temp directory (deletes enabled), in one of three modes:
 * - `anonymous`: plain HTTP, no authentication;
 * - `basic`: HTTPS with a certificate from the test CA, htpasswd (bcrypt) Basic authentication;
 * - `token`: HTTPS and bearer tokens from a token service on loopback (startTokenService), which
 *   the registry trusts through its signing certificate (`rootcertbundle`).
 * Resolves once /v2/ answers. Like distribution 2.8 itself it has no referrers API, and GETs of
 * OCI manifests need an OCI Accept header.
 */
export async function startRegistry<O extends RegistryOptions>(
  options: O
): Promise<RegistryFor<O['mode']>> {
  const directory = await mkdtemp(join(tmpdir(), 'sign-registry-'))
  const dataDirectory = join(directory, 'data')
  let setup: RegistryAuthSetup | undefined
  try {
    setup = await setUpRegistryAuth({ registry: options, directory })
    const scheme = options.mode === 'anonymous' ? 'http' : 'https'
    const config = { dataDirectory, ...setup.config }
    const { port, process } = await launchOnFreePort({
      firstPort: options.port,
      launch: port =>
        launchDistribution({
          port,
          config,
          directory,
          scheme,
          timeoutMs: options.startTimeoutMs ?? 10_000
        })
    })
    const { results } = setup
    const tokenService = results.mode === 'token' ? results.tokenService : undefined
    const credentials = results.mode === 'anonymous' ? undefined : results.credentials
    let stopping: Promise<void> | undefined
    const stop = (): Promise<void> =>
      (stopping ??= (async () => {
        await process.stop()
        await tokenService?.stop()
        await rm(directory, { recursive: true, force: true })
      })())
    const host = `127.0.0.1:${port}`
    const logPath = join(directory, 'registry.log')
    const base = {
      url: `${scheme}://${host}`,
      host,
      port,
      directory,
      logPath,
      pid: process.pid,
      server: 'distribution 2.8.2' as const,
      referrersApi: false as const,
      loggedRequests: (read: { from?: number } = {}) =>
        readRequestLog({ logPath, format: 'common', ...read }),
      logOffset: () => requestLogOffset({ logPath }),
      dockerConfig: () => dockerConfigFor({ host, credentials }),
      stop
    }
    const registry: Registry = { ...base, ...results }
    return registry as RegistryFor<O['mode']>
  } catch (error) {
    if (setup?.results.mode === 'token') await setup.results.tokenService.stop()
    await rm(directory, { recursive: true, force: true })
    throw error
  }
}
