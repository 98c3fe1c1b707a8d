import { after, type TestContext } from 'node:test'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { executeAction, type ActionResult, type ExecuteActionOptions } from '@sign/testenv'

const FIXTURES = join(import.meta.dirname, 'fixtures')
let bundles: Promise<string> | undefined

after(async () => {
  if (bundles) await rm(await bundles, { recursive: true, force: true })
})

/** Bundles every test/fixtures/*.ts once per test file, as scripts/build.mjs bundles actions. */
async function bundleFixtures(): Promise<string> {
  const outdir = await mkdtemp(join(tmpdir(), 'action-kit-fixtures-'))
  const names = (await readdir(FIXTURES)).filter(name => name.endsWith('.ts'))
  await build({
    entryPoints: names.map(name => join(FIXTURES, name)),
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'cjs',
    outdir,
    logLevel: 'silent'
  })
  return outdir
}

/** Runs the bundle of test/fixtures/<name>.ts through the test environment's Actions runner. */
export async function runFixture(
  name: string,
  options: Omit<ExecuteActionOptions, 'entry'> = {}
): Promise<ActionResult> {
  bundles ??= bundleFixtures()
  return executeAction({ entry: join(await bundles, `${name}.js`), ...options })
}

/** Sets (or, for undefined, removes) `variables` in process.env until the test ends. */
export function setEnv(t: TestContext, variables: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(variables)) {
    const saved = process.env[name]
    t.after(() => assign(name, saved))
    assign(name, value)
  }
}

function assign(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name]
  else process.env[name] = value
}
