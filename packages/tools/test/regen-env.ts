// What the regen-tool-catalog tests share: the loopback release server (stopped after each test), a way to run the
// script as a user does, and temporary catalogs.
import type { TestContext } from 'node:test'
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startReleaseServer as startTestenvReleaseServer } from '@sign/testenv'
import type { ReleaseServer } from '@sign/testenv'
import { builtinCatalog, serializeCatalog } from '../src/index.ts'
import type { Catalog } from '../src/index.ts'

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..')
const FIXTURES = resolve(import.meta.dirname, 'regen-fixtures')

/** Starts the loopback release server of the test environment, stopped after the test. */
export async function startReleaseServer(t: TestContext): Promise<ReleaseServer> {
  const server = await startTestenvReleaseServer()
  t.after(() => server.stop())
  return server
}

/** The real cosign v3.1.3 checksums file and its Sigstore bundle, byte for byte as released. */
export async function cosignRelease(): Promise<{ checksums: Buffer; bundle: Buffer }> {
  const directory = join(FIXTURES, 'cosign-3.1.3')
  return {
    checksums: await readFile(join(directory, 'cosign_checksums.txt')),
    // Stored with a suffix prettier leaves alone, so the bytes stay the published ones.
    bundle: await readFile(join(directory, 'cosign_checksums.txt.sigstore.json.verbatim'))
  }
}

/** Writes `catalog` (default: the built-in one) to a temporary file; returns its path. */
export async function temporaryCatalog(t: TestContext, catalog?: Catalog): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'regen-'))
  t.after(() => rm(directory, { recursive: true, force: true }))
  const path = join(directory, 'catalog.json')
  await writeFile(path, serializeCatalog({ catalog: catalog ?? builtinCatalog() }))
  return path
}

/** How a run of the script ended. */
export interface RegenRun {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs `node scripts/regen-tool-catalog.ts …args` from the repository root. */
export function runRegen(args: string[]): Promise<RegenRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['scripts/regen-tool-catalog.ts', ...args], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', fail)
    child.on('close', code => done({ code, stdout, stderr }))
  })
}
