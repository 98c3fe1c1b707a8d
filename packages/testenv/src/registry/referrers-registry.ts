// A second registry for the tests, one WITH the OCI 1.1 referrers API, next to Debian's
// distribution 2.8.2 (startRegistry), which has none and so makes clients keep the tag schema.
// It is olareg (github.com/olareg/olareg, a pinned reference tool): it serves
// GET /v2/<name>/referrers/<digest> with the `artifactType` filter (answering
// `OCI-Filters-Applied: artifactType`) and Link pagination past 4 MiB of descriptors, and answers
// the PUT of a manifest with a subject with `OCI-Subject`. Two other servers were tried and are
// not usable here: zot (its modules are not served by the Go module proxy) and
// go-containerregistry's cmd/registry (it does not turn its referrers support on).
// olareg has no authentication at all: Basic and token authentication stay covered by
// distribution (startRegistry's `basic` and `token` modes).
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { referenceTool } from '../reference-tools/index.ts'
import { writeTls } from './auth-setup.ts'
import type { TlsFiles } from './config.ts'
import { dockerConfigFor } from './docker-config.ts'
import { launchOnFreePort, launchRegistryProcess } from './process.ts'
import { readRequestLog, requestLogOffset } from './request-log.ts'
import type { ReferrersRegistry, ReferrersRegistryOptions } from './types.ts'

const KILL_AFTER_MS = 5_000

/**
 * `olareg serve` on 127.0.0.1:`port`: data in `dataDirectory` (the OCI Layout store), deletes of
 * manifests allowed, and every request logged (`-v trace` logs one line per answered request,
 * with method, URL and status: the tests count requests from it, as from distribution's access
 * log, so nothing stands between the client and the server).
 */
function serveArgs(options: { port: number; dataDirectory: string; tls?: TlsFiles }): string[] {
  const args = ['-v', 'trace', 'serve', '--addr', '127.0.0.1', '--port', String(options.port)]
  args.push('--dir', options.dataDirectory, '--store-type', 'dir', '--api-delete')
  if (options.tls) {
    args.push('--tls-cert', options.tls.certificatePath, '--tls-key', options.tls.keyPath)
  }
  return args
}

/**
 * Runs olareg (the pinned reference tool) on 127.0.0.1 with a random port and its data in a fresh
 * temp directory, deletes enabled, no authentication; plain HTTP unless `tls`. Resolves once /v2/
 * answers. stop() ends the process (SIGTERM, then SIGKILL) and removes the directory.
 */
export async function startReferrersRegistry(
  options: ReferrersRegistryOptions = {}
): Promise<ReferrersRegistry> {
  const tool = referenceTool({ name: 'olareg' })
  const directory = await mkdtemp(join(tmpdir(), 'sign-olareg-'))
  try {
    const dataDirectory = join(directory, 'data')
    await mkdir(dataDirectory)
    const tls = options.tls ? await writeTls(directory) : undefined
    const logPath = join(directory, 'registry.log')
    const scheme = tls ? 'https' : 'http'
    const { port, process } = await launchOnFreePort({
      firstPort: options.port,
      launch: port =>
        launchRegistryProcess({
          command: tool.path,
          args: serveArgs({ port, dataDirectory, tls: tls?.paths }),
          logPath,
          readyUrl: `${scheme}://127.0.0.1:${port}/v2/`,
          timeoutMs: options.startTimeoutMs ?? 10_000,
          killAfterMs: KILL_AFTER_MS
        })
    })
    let stopping: Promise<void> | undefined
    const stop = (): Promise<void> =>
      (stopping ??= (async () => {
        await process.stop()
        await rm(directory, { recursive: true, force: true })
      })())
    const host = `127.0.0.1:${port}`
    return {
      mode: 'anonymous',
      url: `${scheme}://${host}`,
      host,
      port,
      directory,
      logPath,
      pid: process.pid,
      server: `olareg ${tool.version}`,
      referrersApi: true,
      ...(tls ? { caPem: tls.caPem } : {}),
      loggedRequests: (read: { from?: number } = {}) =>
        readRequestLog({ logPath, format: 'olareg', ...read }),
      logOffset: () => requestLogOffset({ logPath }),
      dockerConfig: () => dockerConfigFor({ host }),
      stop
    }
  } catch (error) {
    await rm(directory, { recursive: true, force: true })
    throw error
  }
}
