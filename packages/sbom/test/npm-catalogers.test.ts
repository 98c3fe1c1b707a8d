// The npm catalogers: lock files (v1, v2/v3 with root, scoped, nested, dev, link and alias
// entries) and installed package.json files, including malformed ones.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { catalogPackageJson, catalogPackageLock } from '../src/catalog/npm/index.ts'

const LOCATION = { path: '/app/package-lock.json' }
const rows = (packages: { name: string; version?: string; purl?: string }[]): string[] =>
  packages.map(item => `${item.name} ${item.version ?? ''} ${item.purl ?? ''}`)

test('lockfile v3: root, scoped, nested, alias and link entries; dev entries left out', () => {
  const text = JSON.stringify({
    name: 'app',
    lockfileVersion: 3,
    packages: {
      '': { name: 'app', version: '1.0.0' },
      'node_modules/@scope/util': { version: '2.0.0', license: 'MIT' },
      'node_modules/a/node_modules/b': { version: '0.2.0' },
      'node_modules/aliased': { name: 'real-name', version: '3.0.0' },
      'node_modules/linked': { resolved: '../linked', link: true },
      'node_modules/devthing': { version: '0.1.0', dev: true }
    }
  })
  const result = catalogPackageLock({ text, location: LOCATION })
  assert.deepEqual(rows(result.packages), [
    'app 1.0.0 pkg:npm/app@1.0.0',
    '@scope/util 2.0.0 pkg:npm/%40scope/util@2.0.0',
    'b 0.2.0 pkg:npm/b@0.2.0',
    'real-name 3.0.0 pkg:npm/real-name@3.0.0',
    'linked  pkg:npm/linked'
  ])
  assert.deepEqual(result.packages[1]!.licenses, ['MIT'])
  assert.equal(result.packages[0]!.foundBy, 'javascript-lock-cataloger')
})

test('lockfile v1: top-level dependencies, dev left out', () => {
  const text = JSON.stringify({
    lockfileVersion: 1,
    dependencies: { 'left-pad': { version: '1.3.0' }, mocha: { version: '10.0.0', dev: true } }
  })
  assert.deepEqual(rows(catalogPackageLock({ text, location: LOCATION }).packages), [
    'left-pad 1.3.0 pkg:npm/left-pad@1.3.0'
  ])
})

test('a lock file that is not JSON is a problem, not a crash', () => {
  const result = catalogPackageLock({ text: '{"lockfileVersion": 3,', location: LOCATION })
  assert.deepEqual(result.packages, [])
  assert.equal(result.problems.length, 1)
  assert.match(result.problems[0]!, /^\/app\/package-lock\.json: is not JSON/u)
})

test('package.json: name and version needed; licence forms', () => {
  const location = { path: '/app/node_modules/x/package.json', layer: `sha256:${'b'.repeat(64)}` }
  const one = catalogPackageJson({
    text: JSON.stringify({ name: '@s/x', version: '1.0.0', license: { type: 'ISC' } }),
    location
  })
  assert.deepEqual(rows(one.packages), ['@s/x 1.0.0 pkg:npm/%40s/x@1.0.0'])
  assert.deepEqual(one.packages[0]!.licenses, ['ISC'])
  assert.deepEqual(one.packages[0]!.locations, [location])
  const old = catalogPackageJson({
    text: JSON.stringify({
      name: 'y',
      version: '2.0.0',
      licenses: [{ type: 'MIT' }, 'Apache-2.0']
    }),
    location
  })
  assert.deepEqual(old.packages[0]!.licenses, ['MIT', 'Apache-2.0'])
  assert.deepEqual(
    catalogPackageJson({ text: JSON.stringify({ name: 'no-version' }), location }).packages,
    []
  )
  assert.deepEqual(catalogPackageJson({ text: '[1,2]', location }).problems, [
    '/app/node_modules/x/package.json: is not a JSON object'
  ])
})
