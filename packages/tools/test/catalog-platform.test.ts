import { test } from 'node:test'
import assert from 'node:assert/strict'
import { PLATFORM_KEYS, platformKey, platformOf, ToolsError } from '../src/index.ts'

test('platformOf: maps node platform and arch to the catalog spelling', () => {
  assert.deepEqual(platformOf({ platform: 'linux', arch: 'x64' }), { os: 'linux', arch: 'amd64' })
  assert.deepEqual(platformOf({ platform: 'linux', arch: 'arm64' }), { os: 'linux', arch: 'arm64' })
  assert.deepEqual(platformOf({ platform: 'darwin', arch: 'arm64' }), {
    os: 'darwin',
    arch: 'arm64'
  })
  assert.deepEqual(platformOf({ platform: 'darwin', arch: 'x64' }), { os: 'darwin', arch: 'amd64' })
  assert.deepEqual(platformOf({ platform: 'win32', arch: 'x64' }), { os: 'windows', arch: 'amd64' })
  assert.deepEqual(platformOf({ platform: 'win32', arch: 'arm64' }), {
    os: 'windows',
    arch: 'arm64'
  })
  assert.equal(platformKey({ os: 'darwin', arch: 'arm64' }), 'darwin-arm64')
  assert.ok(
    PLATFORM_KEYS.includes(
      platformKey(platformOf({ platform: process.platform, arch: process.arch }))
    )
  )
})

test('platformOf: other platforms and architectures are refused, naming both', () => {
  const cases: [NodeJS.Platform, string][] = [
    ['freebsd', 'x64'],
    ['linux', 'ia32'],
    ['linux', 's390x'],
    ['aix', 'ppc64'],
    ['linux', 'toString']
  ]
  for (const [platform, arch] of cases) {
    assert.throws(
      () => platformOf({ platform, arch }),
      (error: unknown) =>
        error instanceof ToolsError &&
        error.code === 'UNSUPPORTED_PLATFORM' &&
        error.message.startsWith(`The runner's platform ${platform}/${arch} is not supported`)
    )
  }
})

test('platform keys: six, in catalog order', () => {
  assert.deepEqual(PLATFORM_KEYS, [
    'linux-amd64',
    'linux-arm64',
    'darwin-amd64',
    'darwin-arm64',
    'windows-amd64',
    'windows-arm64'
  ])
})
