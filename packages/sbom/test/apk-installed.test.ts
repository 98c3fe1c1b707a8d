// The apk installed-database reader on the hand-written database modelled on Alpine's format
// (fixtures/apk/installed; no real apk database is among the vectors) and on malformed input.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { catalogApkInstalled } from '../src/catalog/apk/index.ts'
import { parseOsRelease } from '../src/catalog/os/index.ts'

const FIXTURES = join(import.meta.dirname, 'fixtures', 'apk')
const RELEASE = parseOsRelease({ text: readFileSync(join(FIXTURES, 'os-release'), 'utf8') })!
const LOCATION = { path: '/lib/apk/db/installed' }

test('every stanza is a package with syft’s purl; origin becomes upstream when it differs', () => {
  const result = catalogApkInstalled({
    text: readFileSync(join(FIXTURES, 'installed'), 'utf8'),
    location: LOCATION,
    release: RELEASE
  })
  assert.deepEqual(
    result.packages.map(item => [item.name, item.version, item.purl, item.licenses]),
    [
      [
        'musl',
        '1.1.22-r4',
        'pkg:apk/alpine/musl@1.1.22-r4?arch=x86_64&distro=alpine-3.10.9',
        ['MIT']
      ],
      [
        'busybox',
        '1.30.1-r5',
        'pkg:apk/alpine/busybox@1.30.1-r5?arch=x86_64&distro=alpine-3.10.9',
        ['GPL-2.0']
      ],
      [
        'libssl1.1',
        '1.1.1k-r0',
        'pkg:apk/alpine/libssl1.1@1.1.1k-r0?arch=x86_64&distro=alpine-3.10.9',
        ['OpenSSL']
      ],
      [
        'ssl_client',
        '1.30.1-r5',
        'pkg:apk/alpine/ssl_client@1.30.1-r5?arch=x86_64&distro=alpine-3.10.9&upstream=busybox',
        ['GPL-2.0']
      ],
      [
        'apk-tools',
        '2.10.6-r0',
        'pkg:apk/alpine/apk-tools@2.10.6-r0?arch=x86_64&distro=alpine-3.10.9',
        ['GPL-2.0-only']
      ]
    ]
  )
  assert.equal(result.packages[1]!.supplier, 'Person: Natanael Copa <ncopa@alpinelinux.org>')
  assert.equal(result.packages[0]!.foundBy, 'apk-db-cataloger')
  assert.deepEqual(result.problems, [])
})

test('a malformed stanza is skipped with its line', () => {
  const result = catalogApkInstalled({
    text: 'P:good\nV:1-r0\nA:x86_64\n\nP:bad\nno colon here\n\nP:also-good\nV:2-r0\n',
    location: LOCATION,
    release: RELEASE
  })
  assert.deepEqual(
    result.packages.map(item => item.name),
    ['good', 'also-good']
  )
  assert.deepEqual(result.problems, [
    '/lib/apk/db/installed: the stanza at line 5 was skipped: line 6 is not a "key: value" field'
  ])
})
