// What dist/install refuses, and that a refusal leaves nothing behind: a tampered download, a
// version without a verifiable checksum (unless allow-unverified), and malformed inputs.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { promisify } from 'node:util'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { PINNED, startInstallEnvironment } from './fixtures/environment.ts'
import type { InstallEnvironment } from './fixtures/environment.ts'
import {
  buildAsset,
  headlines,
  htmlText,
  logShape,
  summaryTables,
  versionLine
} from '@sign/testenv'
import { errorMessages, runInstall, toolsOutput, warningMessages } from './fixtures/run-install.ts'

const exec = promisify(execFile)

let env: InstallEnvironment
before(async () => {
  env = await startInstallEnvironment()
})
after(() => env?.stop())

/** The server's requests made while `fn` runs. */
async function requestsDuring<T>(fn: () => Promise<T>): Promise<{ value: T; requests: string[] }> {
  const from = env.server.requests.length
  const value = await fn()
  return { value, requests: env.server.requests.slice(from) }
}

test('a tampered archive is refused: nothing is cached, nothing is added to PATH', async () => {
  const resolved = env.resolve({ tool: 'notation' })
  const path = new URL(resolved.url).pathname
  const tampered = await buildAsset({
    name: resolved.asset,
    format: resolved.format,
    tool: 'notation-but-evil',
    version: resolved.version,
    executable: resolved.executable
  })
  env.server.put(path, tampered.bytes)
  try {
    const { result, toolCache } = await runInstall({
      env,
      inputs: { tools: 'cosign\nnotation' },
      keepTemp: true
    })
    const runnerTemp = await readdir(join(result.tempDir!, 'temp'))
    await rm(result.tempDir!, { recursive: true, force: true })
    assert.deepEqual(runnerTemp, [], 'both downloads deleted from RUNNER_TEMP')
    assert.equal(result.exitCode, 1)
    const message = errorMessages(result)
    assert.match(message, /Checksum mismatch for notation 1\.2\.0 from /)
    assert.ok(message.includes(resolved.url), 'names the URL')
    assert.ok(message.includes(`expected SHA-256 ${env.pinned.get('notation')?.sha256}`), message)
    assert.ok(message.includes(`got ${tampered.sha256}`), message)
    assert.deepEqual(result.path, [], 'nothing on PATH')
    assert.deepEqual(await readdir(toolCache), [], 'nothing in the tool cache, not even cosign')
    assert.equal(result.outputs['tools'], undefined)
    // runAction's short summary: what failed, what to do, and (truly) that nothing was done.
    assert.deepEqual(headlines(result.summary), ['❌ Install: failed'])
    const text = htmlText(result.summary)
    assert.match(text, /Configuration error: Checksum mismatch for notation 1\.2\.0 from /u)
    assert.match(text, /\nNothing was installed or cached\.\n/u)
  } finally {
    env.server.put(path, env.pinned.get('notation')!.bytes)
  }
})

test('a version not in the catalog, without a signed checksums file, is refused naming allow-unverified', async () => {
  await env.publish({ tool: 'notation', version: '1.9.0', signed: false })
  const { value, requests } = await requestsDuring(() =>
    runInstall({ env, inputs: { tools: 'cosign\nnotation@v1.9.0' } })
  )
  const { result, toolCache } = value
  assert.equal(result.exitCode, 1)
  const message = errorMessages(result)
  assert.match(message, /notation 1\.9\.0 is not pinned in the catalog/)
  assert.match(message, /allow-unverified: true/)
  assert.match(message, /input "catalog"/)
  assert.deepEqual(requests, [], 'refused before any download, cosign included')
  assert.deepEqual(result.path, [])
  assert.deepEqual(await readdir(toolCache), [])
})

test('with allow-unverified: true it installs, with a warning; later runs without it refuse the cached copy', async () => {
  const asset = await env.publish({ tool: 'notation', version: '1.9.1', signed: false })
  const { result, toolCache } = await runInstall({
    env,
    inputs: { tools: 'notation@1.9.1', 'allow-unverified': 'true' }
  })
  assert.equal(result.exitCode, 0, errorMessages(result) || result.log)
  assert.match(warningMessages(result), /notation 1\.9\.1 is installed WITHOUT a verified checksum/)
  assert.ok(warningMessages(result).includes(asset.sha256), 'the warning gives the SHA-256')
  const [tool] = toolsOutput(result)
  assert.equal(tool?.['verified-by'], 'unverified')
  assert.equal(tool?.['sha256'], asset.sha256)
  assert.deepEqual(headlines(result.summary), [
    '⚠️ Install: 1 tool installed (1 downloaded, 0 from the tool cache), 1 NOT verified'
  ])
  assert.deepEqual(summaryTables(result.summary)[0]?.rows, [
    ['notation', '1.9.1', '⚠️ NOT VERIFIED (allow-unverified)', 'no']
  ])
  const { stdout } = await exec('notation', [], {
    env: { PATH: [...result.path, '/usr/bin', '/bin'].join(':') }
  })
  assert.equal(stdout.trim(), versionLine({ tool: 'notation', version: '1.9.1' }))

  const again = await runInstall({ env, inputs: { tools: 'notation@1.9.1' }, toolCache })
  assert.equal(again.result.exitCode, 1)
  assert.match(errorMessages(again.result), /allow-unverified: true/)
  assert.match(again.result.log, /is not used: it was installed unverified/)
  assert.deepEqual(again.result.path, [])
})

const BAD_INPUTS: { name: string; inputs: Record<string, string>; reason: RegExp; fix: RegExp }[] =
  [
    {
      name: 'an unknown tool',
      inputs: { tools: 'cosign\ncosgin' },
      reason:
        /Line 2 of "tools" \("cosgin"\) names an unknown tool "cosgin"; the tools are cosign, notation, notation-azure-kv, oras, syft/,
      fix: /tools: \|/
    },
    {
      name: 'a tool listed twice',
      inputs: { tools: 'cosign\nsyft\ncosign@2.4.1' },
      reason: /Line 3 of "tools" \("cosign@2\.4\.1"\) lists cosign again \(line 1 already does\)/,
      fix: /tools: \|/
    },
    {
      name: 'a malformed version',
      inputs: { tools: 'cosign@latest' },
      reason: /Line 1 of "tools" \("cosign@latest"\) has an invalid version/,
      fix: /tools: \|/
    },
    {
      name: 'a mirror that is not http(s)',
      inputs: { tools: 'cosign', mirror: 'ftp://mirror.example.com/github' },
      reason:
        /Invalid mirror "ftp:\/\/mirror\.example\.com\/github": its scheme is ftp, not http or https/,
      fix: /mirror: https:\/\/mirror\.example\.com\/github/
    },
    {
      name: 'no tools',
      inputs: { tools: '' },
      reason: /Input 'tools' is required/,
      fix: /tools: <value>/
    }
  ]

for (const bad of BAD_INPUTS) {
  test(`${bad.name} fails before any request, naming the input`, async () => {
    const { value, requests } = await requestsDuring(() => runInstall({ env, inputs: bad.inputs }))
    const { result, toolCache } = value
    assert.equal(result.exitCode, 1)
    const message = errorMessages(result)
    assert.match(message, bad.reason)
    assert.match(message, bad.fix)
    assert.doesNotMatch(message, /internal error/)
    assert.deepEqual(requests, [])
    assert.deepEqual(result.path, [])
    assert.deepEqual(await readdir(toolCache), [])
    assert.equal(result.annotations.filter(a => a.level === 'error').length, 1)
    // runAction's short summary: the error, the fix, nothing installed; no log group at all.
    assert.deepEqual(headlines(result.summary), ['❌ Install: failed'])
    const text = htmlText(result.summary)
    assert.match(text, /Configuration error: /u)
    assert.match(text, bad.reason)
    assert.match(text, /What to do:/u)
    assert.match(text, /\nNothing was installed or cached\.\n/u)
    assert.deepEqual(logShape(result.log).groups, [])
  })
}

test('a failure after writing to the tool cache and PATH says in the summary what was done', async () => {
  // notation's plugin directory cannot be made (a file is where it must go): the step stops
  // after caching both tools and putting cosign on PATH, placing the plugin.
  const home = await mkdtemp(join(env.root, 'home-'))
  await mkdir(join(home, 'xdg-config', 'notation'), { recursive: true })
  await writeFile(join(home, 'xdg-config', 'notation', 'plugins'), 'not a directory\n')
  const { result, toolCache } = await runInstall({
    env,
    inputs: { tools: 'cosign\nnotation-azure-kv' },
    home
  })
  assert.equal(result.exitCode, 1)
  assert.deepEqual((await readdir(toolCache)).sort(), ['cosign', 'notation-azure-kv'])
  assert.equal(result.path.length, 1, 'cosign went on PATH')
  const cosign = `cosign ${PINNED['cosign']}`
  const plugin = `notation-azure-kv ${PINNED['notation-azure-kv']}`
  assert.deepEqual(headlines(result.summary), ['❌ Install: failed'])
  assert.ok(
    htmlText(result.summary).includes(
      `Added to the tool cache: ${cosign}, ${plugin}. ` +
        `Added to PATH (or notation's plugin directory): ${cosign}. ` +
        `It stopped while adding ${plugin} to PATH.`
    ),
    result.summary
  )
  // The groups it got through each show what they did; no result line, as nothing finished.
  const shape = logShape(result.log)
  assert.ok(shape.groups.every(group => group.lines.length > 0))
  assert.deepEqual(
    shape.after.filter(line => !line.startsWith('::')),
    [],
    'no result line for a failed step'
  )
})
