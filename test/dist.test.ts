// check-dist: the committed dist/ must be exactly what a fresh build produces, and every action
// must point the runner at its bundle with runs.using: node24.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { SourceMap, type SourceMapPayload } from 'node:module'
import { join, relative, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile())
    .map(entry => relative(dir, join(entry.parentPath, entry.name)))
    .sort()
}

test('dist/ equals a fresh build', t => {
  const fresh = mkdtempSync(join(tmpdir(), 'sign-dist-'))
  t.after(() => rmSync(fresh, { recursive: true, force: true }))
  execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', fresh], { cwd: root })

  const committed = join(root, 'dist')
  assert.deepEqual(listFiles(committed), listFiles(fresh), 'dist/ holds the same files')
  for (const file of listFiles(fresh)) {
    const same = readFileSync(join(committed, file)).equals(readFileSync(join(fresh, file)))
    assert.ok(same, `dist/${file} differs from a fresh build: run \`pnpm build\` and commit dist/`)
  }
})

test('every action runs on node24 from its committed bundle', () => {
  const actions = existsSync(join(root, 'actions')) ? readdirSync(join(root, 'actions')) : []
  for (const name of actions) {
    const yml = readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8')
    assert.match(yml, /^\s+using: node24$/m, `actions/${name}/action.yml uses node24`)
    assert.match(yml, new RegExp(`^\\s+main: \\.\\./\\.\\./dist/${name}/index\\.js$`, 'm'))
    assert.ok(existsSync(join(root, 'dist', name, 'index.js')), `dist/${name}/index.js exists`)
  }
})

test('the CLI bundle runs alone, without node_modules', t => {
  const alone = mkdtempSync(join(tmpdir(), 'sign-cli-'))
  t.after(() => rmSync(alone, { recursive: true, force: true }))
  // The CLI is dist/cli/: index.js and the parts it loads when a command needs them.
  cpSync(join(root, 'dist/cli'), alone, { recursive: true })
  writeFileSync(join(alone, 'package.json'), '{ "type": "commonjs" }\n')
  const out = execFileSync(process.execPath, [join(alone, 'index.js'), 'version'], {
    cwd: alone,
    encoding: 'utf8'
  })
  assert.match(out, /^sign \d+\.\d+\.\d+\n$/)
  assert.match(readFileSync(join(root, 'dist/cli/licenses.txt'), 'utf8'), /\n|^$/)
})

/** The part of dist/cli that holds describeFailure. */
function describeFailurePart(): string {
  const dir = join(root, 'dist/cli')
  const part = readdirSync(dir)
    .filter(name => name.endsWith('.js'))
    .find(name => readFileSync(join(dir, name), 'utf8').includes('function describeFailure('))
  assert.ok(part, 'a part of dist/cli holds describeFailure')
  return part
}

test('a bundle position leads back to its TypeScript source through the source maps', () => {
  // The bundles are whitespace-minified with names kept; the maps must name the file and line.
  const dir = join(root, 'dist/cli')
  const part = describeFailurePart()
  const code = readFileSync(join(dir, part), 'utf8')
  assert.match(code, new RegExp(`//# sourceMappingURL=${part}\\.map\\n$`))
  const before = code.slice(0, code.indexOf('function describeFailure('))
  const line = before.split('\n').length - 1
  const column = before.length - before.lastIndexOf('\n') - 1
  const payload = JSON.parse(readFileSync(join(dir, `${part}.map`), 'utf8')) as SourceMapPayload
  const map = new SourceMap(payload)
  const entry = map.findEntry(line, column) as { originalSource: string; originalLine: number }
  assert.equal(entry.originalSource, '../../packages/cli/src/failure/describe-failure.ts')
  const source = readFileSync(resolve(dir, entry.originalSource), 'utf8').split('\n')
  assert.match(source[entry.originalLine] ?? '', /function describeFailure\(/)
})

test('an internal error of the CLI names the TypeScript file and line it happened at', () => {
  // Load a part of the bundle, make code in it throw, and show that error as the CLI does: the
  // bundle is minified, so only the source maps beside it can name the place.
  const script = `const part = require(process.argv[1]);
let thrown; try { part.describeFailure() } catch (error) { thrown = error }
process.stdout.write(part.describeFailure({ command: 'sign', error: thrown }).text)`
  const stdout = execFileSync(
    process.execPath,
    ['-e', script, join(root, 'dist/cli', describeFailurePart())],
    { encoding: 'utf8' }
  )
  assert.match(stdout, /^sign: internal error: Cannot destructure/)
  assert.match(
    stdout,
    /\n\s+at (Object\.)?describeFailure \(packages\/cli\/src\/failure\/describe-failure\.ts:\d+:\d+\)/
  )
})
