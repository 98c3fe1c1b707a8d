import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import {
  executeAction,
  findSecretLeaks,
  parseActionInputs,
  parseKeyValueFile,
  parseWorkflowCommands,
  startOidcIssuer,
  type ActionResult,
  type ExecuteActionOptions
} from '@sign/testenv'

const fixture = join(import.meta.dirname, 'echo-action')
const actionYml = join(fixture, 'action.yml')
let buildDir = ''
let entry = ''

before(async () => {
  buildDir = await mkdtemp(join(tmpdir(), 'runner-test-'))
  entry = join(buildDir, 'index.js')
  await build({
    entryPoints: [join(fixture, 'src', 'index.ts')],
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'cjs',
    outfile: entry,
    logLevel: 'silent'
  })
})
after(() => rm(buildDir, { recursive: true, force: true }))

/** Runs the echo fixture with `process.env` extended by `parentEnv` for the duration. */
async function runEcho(
  options: Omit<ExecuteActionOptions, 'entry' | 'actionYml'>,
  parentEnv: Record<string, string> = {}
): Promise<ActionResult> {
  const saved = { ...process.env }
  Object.assign(process.env, parentEnv)
  try {
    return await executeAction({ entry, actionYml, ...options })
  } finally {
    process.env = saved
  }
}

test('runner: inputs, action.yml defaults, outputs, summary, masks and context, without leaks', async () => {
  const secret = 'first-line-s3cret\n  second-line-s3cret\n'
  const result = await runEcho(
    { inputs: { message: 'tea & <biscuits>', secret } },
    { INPUT_MESSAGE: 'from the parent', INPUT_LEAKED: 'x', GITHUB_REPOSITORY: 'parent/repo' }
  )
  assert.equal(result.exitCode, 0, result.log)
  assert.equal(result.outputs['greeting'], 'Hello, tea & <biscuits>')
  assert.equal(result.outputs['secret-length'], String(secret.trim().length), 'inputs are trimmed')
  assert.equal(result.outputs['repository'], undefined)
  const declared = ['MESSAGE', 'GREETING', 'FAIL', 'SECRET', 'ID-TOKEN-AUDIENCE', 'SHOW-SUMMARY']
  assert.deepEqual(
    (JSON.parse(result.outputs['input-variables'] ?? '') as string[]).sort(),
    declared.map(name => `INPUT_${name}`).sort()
  )
  const context = JSON.parse(result.outputs['context'] ?? '') as Record<string, unknown>
  assert.equal(context['repository'], 'octo-org/octo-repo')
  assert.equal(context['eventRef'], 'refs/tags/v1.2.3')
  assert.equal(context['cwdIsWorkspace'], true)
  assert.equal(existsSync(String(context['runnerTemp'])), false, 'the temp dir is removed')
  assert.match(result.summary, /<h2>Echo<\/h2>/)
  assert.match(result.summary, /<tr><th>input<\/th><th>value<\/th><\/tr>/)
  assert.match(result.summary, /<tr><td>message<\/td><td>tea &amp; &lt;biscuits&gt;<\/td><\/tr>/)
  assert.deepEqual(result.masks, [secret.trim(), 'first-line-s3cret', 'second-line-s3cret'])
  assert.match(result.log, /^::add-mask::first-line-s3cret%0A {2}second-line-s3cret$/m)
  assert.deepEqual(findSecretLeaks(result, secret), [])
  assert.deepEqual(result.annotations, [])
})

test('runner: a ConfigurationError fails the step with exit code 1 and an error annotation', async () => {
  const result = await runEcho({
    inputs: {
      message: 'm',
      fail: 'the widget is misconfigured',
      secret: 'hush-hush-42',
      extra: 'x'
    }
  })
  assert.equal(result.exitCode, 1)
  assert.deepEqual(result.outputs, {}, 'nothing is written before the failure')
  assert.deepEqual(result.annotations, [
    {
      level: 'warning',
      message:
        "Unexpected input(s) 'extra', valid inputs are ['message', 'greeting', 'fail', " +
        "'secret', 'id-token-audience', 'show-summary']",
      properties: {}
    },
    { level: 'error', message: 'the widget is misconfigured\nwith:\n  fail: ""', properties: {} }
  ])
  assert.deepEqual(findSecretLeaks(result, 'hush-hush-42'), [])
})

test('runner: the ID-token endpoint works with idToken, and the token is masked', async t => {
  const oidc = await startOidcIssuer()
  t.after(() => oidc.stop())
  const result = await runEcho({
    inputs: { message: 'm', 'id-token-audience': 'sigstore' },
    idToken: oidc.actionsEnv()
  })
  assert.equal(result.exitCode, 0, result.log)
  assert.equal(result.outputs['repository'], 'octo-org/octo-repo')
  assert.equal(oidc.requests.get('sigstore'), 1)
  assert.deepEqual(result.groups, ['Get an ID token'])
  const [token] = result.masks
  assert.equal(token?.split('.').length, 3, 'the JWT is registered as a mask')
  assert.deepEqual(findSecretLeaks(result, token ?? ''), [])
})

test("runner: without idToken the permission error names id-token: write, and the parent's endpoint does not leak", async t => {
  const oidc = await startOidcIssuer()
  t.after(() => oidc.stop())
  const result = await runEcho(
    { inputs: { message: 'm', 'id-token-audience': 'sigstore' } },
    oidc.actionsEnv()
  )
  assert.equal(result.exitCode, 1)
  assert.equal(oidc.requests.size, 0)
  const [error] = result.annotations
  assert.equal(error?.level, 'error')
  assert.match(error?.message ?? '', /^echo needs an OIDC ID token/)
  assert.match(error?.message ?? '', /\npermissions:\n {2}id-token: write$/)
})

test('runner: expression defaults must be passed; workflow overrides the context and event', async () => {
  const withToken = join(buildDir, 'action.yml')
  const yaml = readFileSync(actionYml, 'utf8').replace(
    'inputs:\n',
    'inputs:\n  token:\n    default: ${{ github.token }}\n'
  )
  await writeFile(withToken, yaml)
  const options = { entry, actionYml: withToken, inputs: { message: 'm' } }
  await assert.rejects(
    executeAction(options),
    /action\.yml: the default of input 'token' is an expression, .* pass inputs\['token'\]/
  )
  const result = await executeAction({
    ...options,
    inputs: { message: 'm', token: 't' },
    workflow: { repository: 'acme/widgets', ref: 'refs/heads/main' }
  })
  assert.equal(result.exitCode, 0, result.log)
  const context = JSON.parse(result.outputs['context'] ?? '') as Record<string, unknown>
  assert.equal(context['repository'], 'acme/widgets')
  assert.equal(context['eventRef'], 'refs/heads/main')
})

test('runner: keepTemp leaves the file-command files; a timeout kills the process group', async t => {
  const kept = await runEcho({ inputs: { message: 'm' }, keepTemp: true })
  assert.ok(kept.tempDir !== undefined && existsSync(join(kept.tempDir, 'file_commands')))
  await rm(kept.tempDir, { recursive: true })

  const pidFile = join(buildDir, 'pids.json')
  const hang = join(buildDir, 'hang.js')
  await writeFile(
    hang,
    "const child = require('node:child_process').spawn('sleep', ['30'], { stdio: 'ignore' })\n" +
      "require('node:fs').writeFileSync(process.env.PID_FILE, JSON.stringify([process.pid, child.pid]))\n" +
      "console.log('waiting')\n"
  )
  await assert.rejects(
    executeAction({ entry: hang, env: { PID_FILE: pidFile }, timeoutMs: 1500 }),
    /hang\.js did not finish within 1500 ms and was killed \(pid \d+\)\. Its log:\nwaiting/
  )
  const pids = JSON.parse(readFileSync(pidFile, 'utf8')) as number[]
  t.after(() => pids.forEach(pid => isRunning(pid) && process.kill(pid, 'SIGKILL')))
  for (const pid of pids) assert.equal(await stopsRunning(pid), false, `process ${pid} was killed`)
})

/** Whether `pid` is alive: neither gone nor a zombie. */
function isRunning(pid: number): boolean {
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : ''
  return stat !== '' && !/ Z /.test(stat.slice(stat.lastIndexOf(')')))
}

/** Whether `pid` is still alive after giving a SIGKILL a second to land. */
async function stopsRunning(pid: number): Promise<boolean> {
  for (let attempt = 0; attempt < 20 && isRunning(pid); attempt++) {
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  return isRunning(pid)
}

test('workflow commands: annotations, properties, escapes, masks, groups and stop-commands', () => {
  const commands = parseWorkflowCommands(
    [
      '::error file=src/a%2Cb.ts,line=3,title=T%3A x,empty=::100%25 done%0Anext%250A',
      '  ::warning::indented',
      '::NOTICE::upper-case name',
      '::add-mask::p%25ss',
      'plain ::error::not at the start',
      '::debug::d',
      '::group::Phase 1',
      '::endgroup::',
      '::stop-commands::pause-token',
      '::error::ignored while stopped',
      '::pause-token::',
      '::unknown::x',
      '::error::after'
    ].join('\r\n')
  )
  assert.deepEqual(commands.annotations, [
    {
      level: 'error',
      message: '100% done\nnext%0A',
      properties: { file: 'src/a,b.ts', line: '3', title: 'T: x' }
    },
    { level: 'warning', message: 'indented', properties: {} },
    { level: 'notice', message: 'upper-case name', properties: {} },
    { level: 'error', message: 'after', properties: {} }
  ])
  assert.deepEqual(commands.masks, ['p%ss'])
  assert.deepEqual(commands.debug, ['d'])
  assert.deepEqual(commands.groups, ['Phase 1'])
})

test('file commands: NAME=value, heredocs, and the reasons malformed files are refused', () => {
  const text = 'a=1=2\nb<<EOF\nline 1\n\nline 3\nEOF\n\nc=x<<y\nd<<=\nz\n=\n'
  assert.deepEqual(parseKeyValueFile({ text, file: 'GITHUB_OUTPUT' }), {
    a: '1=2',
    b: 'line 1\n\nline 3',
    c: 'x<<y',
    d: 'z'
  })
  assert.throws(
    () => parseKeyValueFile({ text: 'x<<EOF\nvalue\n', file: 'GITHUB_ENV' }),
    /^Error: GITHUB_ENV: no closing delimiter for 'x' \(line 1\)$/
  )
  assert.throws(
    () => parseKeyValueFile({ text: 'ok=1\njust text\n', file: 'GITHUB_OUTPUT' }),
    /GITHUB_OUTPUT: invalid line 2: neither NAME=value nor NAME<<EOF/
  )
})

test('action.yml: defaults in the YAML subset, and what is refused', () => {
  const inputs = parseActionInputs(readFileSync(actionYml, 'utf8'))
  assert.deepEqual(Object.fromEntries(inputs), {
    message: undefined,
    greeting: 'Hello',
    fail: undefined,
    secret: undefined,
    'id-token-audience': undefined,
    'show-summary': 'true'
  })
  const yaml = [
    'name: x',
    'inputs:',
    '  single:',
    "    default: 'it''s # not a comment'",
    '  double: { }',
    '  literal:',
    '    default: |',
    '      one',
    '        two',
    '',
    '  folded:',
    '    default: >-',
    '      a',
    '      b',
    '',
    '      c',
    '  escaped:',
    '    default: "tab\\there"',
    'outputs:',
    '  ignored:',
    '    default: no'
  ]
  assert.throws(() => parseActionInputs(yaml.join('\n'), 'a.yml'), /^Error: a\.yml:5: expected/)
  yaml.splice(4, 1)
  assert.deepEqual(Object.fromEntries(parseActionInputs(yaml.join('\n'))), {
    single: "it's # not a comment",
    literal: 'one\n  two\n',
    folded: 'a b\nc',
    escaped: 'tab\there'
  })
  const multiLine = 'inputs:\n  x:\n    default: a\n      b\n'
  assert.throws(() => parseActionInputs(multiLine), /action\.yml:3: multi-line default/)
  assert.throws(() => parseActionInputs('inputs:\n  x:\n    default: [a]\n'), /:3: unsupported/)
})
