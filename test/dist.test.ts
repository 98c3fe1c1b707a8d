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
