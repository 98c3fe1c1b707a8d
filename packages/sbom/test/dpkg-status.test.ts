// The dpkg status reader: syft's purls, deinstall entries, Source forms, non-Debian releases,
// malformed stanzas, and this machine's own status file read whole.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { catalogDpkgStatus } from '../src/catalog/dpkg/index.ts'
import { parseOsRelease } from '../src/catalog/os/index.ts'

const DEBIAN = parseOsRelease({ text: 'ID=debian\nVERSION_ID="12"\n' })!
const UBUNTU = parseOsRelease({ text: 'ID=ubuntu\nID_LIKE=debian\nVERSION_ID="24.04"\n' })!
const LOCATION = { path: '/var/lib/dpkg/status', layer: `sha256:${'a'.repeat(64)}` }

const STATUS = `Package: libc6
Status: install ok installed
Priority: optional
Architecture: amd64
Multi-Arch: same
Source: glibc
Version: 2.36-9+deb12u4
Depends: libgcc-s1
Description: GNU C Library: Shared libraries
 Contains the standard libraries that are used by nearly all programs on
 the system.

Package: bsdutils
Status: install ok installed
Architecture: amd64
Source: util-linux (2.38.1-5+deb12u3)
Version: 1:2.38.1-5+deb12u3
Maintainer: util-linux packagers <util-linux@packages.debian.org>

Package: old-thing
Status: deinstall ok config-files
Architecture: amd64
Version: 1.0

`

test('purls as syft writes them: upstream with and without a source version, epochs encoded', () => {
  const result = catalogDpkgStatus({ text: STATUS, location: LOCATION, release: DEBIAN })
  assert.deepEqual(
    result.packages.map(item => [item.name, item.version, item.purl]),
    [
      [
        'libc6',
        '2.36-9+deb12u4',
        'pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&distro=debian-12&upstream=glibc'
      ],
      [
        'bsdutils',
        '1:2.38.1-5+deb12u3',
        'pkg:deb/debian/bsdutils@1%3A2.38.1-5%2Bdeb12u3?arch=amd64&distro=debian-12&upstream=util-linux%402.38.1-5%2Bdeb12u3'
      ]
    ]
  )
  const bsdutils = result.packages[1]!
  assert.deepEqual(bsdutils.locations, [LOCATION])
  assert.equal(bsdutils.foundBy, 'dpkg-db-cataloger')
  assert.equal(bsdutils.supplier, 'Person: util-linux packagers <util-linux@packages.debian.org>')
  assert.equal(bsdutils.metadata?.['sourceVersion'], '2.38.1-5+deb12u3')
  assert.deepEqual(result.packages[0]!.metadata?.['depends'], ['libgcc-s1'])
  assert.deepEqual(result.problems, [])
})

test('Debian-like releases get their own namespace; others no purl', () => {
  const ubuntu = catalogDpkgStatus({ text: STATUS, location: LOCATION, release: UBUNTU })
  assert.equal(
    ubuntu.packages[0]!.purl,
    'pkg:deb/ubuntu/libc6@2.36-9%2Bdeb12u4?arch=amd64&distro=ubuntu-24.04&upstream=glibc'
  )
  const fedora = parseOsRelease({ text: 'ID=fedora\nVERSION_ID=40\n' })!
  assert.equal(
    catalogDpkgStatus({ text: STATUS, location: LOCATION, release: fedora }).packages[0]!.purl,
    undefined
  )
  assert.equal(catalogDpkgStatus({ text: STATUS, location: LOCATION }).packages[0]!.purl, undefined)
})

test('a malformed stanza is skipped with its line; a continuation without a field too', () => {
  const text = `Package: a\nVersion: 1\n\n continues nothing\nPackage: b\n\nPackage c without colon\nVersion: 2\n\nPackage: d\nVersion: 4\n`
  const result = catalogDpkgStatus({ text, location: LOCATION, release: DEBIAN })
  assert.deepEqual(
    result.packages.map(item => item.name),
    ['a', 'd']
  )
  assert.deepEqual(result.problems, [
    '/var/lib/dpkg/status: the stanza at line 4 was skipped: line 4 continues a field but no field precedes it',
    '/var/lib/dpkg/status: the stanza at line 7 was skipped: line 7 is not a "key: value" field'
  ])
})

test("this machine's own status file: one package per installed stanza", () => {
  const text = readFileSync('/var/lib/dpkg/status', 'utf8')
  const result = catalogDpkgStatus({ text, location: LOCATION, release: DEBIAN })
  const installed = text
    .split(/\n\n+/u)
    .filter(stanza => /^Package: /mu.test(stanza) && !/^Status: .*deinstall/mu.test(stanza)).length
  assert.equal(result.packages.length, installed)
  assert.deepEqual(result.problems, [])
  assert.equal(new Set(result.packages.map(item => item.id)).size, result.packages.length)
})
