// toCycloneDxJson: the CycloneDX 1.6 BOM of a model, field by field as sbom.md §2 gives them,
// valid against the 1.6 schema, and the same bytes for the same model apart from the serial
// number and the time.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { toCycloneDxJson, validateSbom, type CycloneDxComponent, type Sbom } from '../src/index.ts'
import { COBRA, EXP, LIBC, MAIN, STDLIB, fileSbom, imageSbom } from './fixtures/document-model.ts'

const CREATED = new Date('2026-12-08T01:02:03.456Z')
const SERIAL = 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79'

function byName(components: CycloneDxComponent[] | undefined, name: string): CycloneDxComponent {
  const found = components?.find(component => component.name === name)
  assert.ok(found, `component ${name}`)
  return found
}

test('BOM fields: format, version 1.6, $schema, serial number, version, timestamp, tool', () => {
  const { document } = toCycloneDxJson({ sbom: fileSbom(), created: CREATED })
  assert.equal(document.$schema, 'http://cyclonedx.org/schema/bom-1.6.schema.json')
  assert.equal(document.bomFormat, 'CycloneDX')
  assert.equal(document.specVersion, '1.6')
  assert.match(
    document.serialNumber ?? '',
    /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
  )
  assert.equal(document.version, 1)
  assert.equal(document.metadata?.timestamp, '2026-12-08T01:02:03Z')
  assert.deepEqual(document.metadata?.tools, {
    components: [{ type: 'application', name: 'sign', version: '0.1.0' }]
  })
  assert.notEqual(
    toCycloneDxJson({ sbom: fileSbom() }).document.serialNumber,
    document.serialNumber
  )
})

test('a serial number that is not urn:uuid with a lower-case UUID is refused', () => {
  assert.throws(() => toCycloneDxJson({ sbom: fileSbom(), serialNumber: SERIAL.toUpperCase() }), {
    message: /is not urn:uuid:<lower-case UUID>/
  })
  assert.equal(
    toCycloneDxJson({ sbom: fileSbom(), serialNumber: SERIAL }).document.serialNumber,
    SERIAL
  )
})

test('the subject is metadata.component: file with SHA-256 / SHA-1 hashes, or container', () => {
  assert.deepEqual(toCycloneDxJson({ sbom: fileSbom() }).document.metadata?.component, {
    'bom-ref': 'subject:dist/app_linux_amd64',
    type: 'file',
    name: 'dist/app_linux_amd64',
    version: `sha256:${'e'.repeat(64)}`,
    hashes: [
      { alg: 'SHA-256', content: 'e'.repeat(64) },
      { alg: 'SHA-1', content: 'f'.repeat(40) }
    ]
  })
  assert.deepEqual(toCycloneDxJson({ sbom: imageSbom() }).document.metadata?.component, {
    'bom-ref': 'subject:registry.example/app:1.2.3',
    type: 'container',
    name: 'registry.example/app:1.2.3',
    version: `sha256:${'d'.repeat(64)}`,
    hashes: [{ alg: 'SHA-256', content: 'd'.repeat(64) }],
    properties: [{ name: 'sign:image:platform', value: 'linux/amd64' }]
  })
})

test('components: bom-ref <purl>?package-id=<id>, purl, cpe, hashes, licences, properties', () => {
  const { document } = toCycloneDxJson({ sbom: fileSbom() })
  assert.deepEqual(byName(document.components, 'github.com/spf13/cobra'), {
    'bom-ref': 'pkg:golang/github.com/spf13/cobra@v1.8.0?package-id=a1b2c3d4e5f60002',
    type: 'library',
    name: 'github.com/spf13/cobra',
    version: 'v1.8.0',
    hashes: [{ alg: 'SHA-256', content: COBRA.checksums[0]?.value }],
    cpe: 'cpe:2.3:a:spf13:cobra:v1.8.0:*:*:*:*:*:*:*',
    purl: 'pkg:golang/github.com/spf13/cobra@v1.8.0',
    properties: [
      { name: 'sign:package:foundBy', value: 'go-module-binary-cataloger' },
      { name: 'sign:package:type', value: 'go-module' },
      {
        name: 'sign:package:sourceInfo',
        value: 'acquired package info from go module information: /usr/local/bin/app'
      },
      { name: 'sign:location:0:path', value: '/usr/local/bin/app' }
    ]
  })
  const libc = byName(document.components, 'libc6')
  // A purl with qualifiers gets package-id as one more.
  assert.equal(
    libc['bom-ref'],
    'pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&upstream=glibc&distro=debian-12&package-id=a1b2c3d4e5f60005'
  )
  assert.deepEqual(libc.licenses, [
    { license: { id: 'GPL-2.0-or-later' } },
    { license: { id: 'LGPL-2.1-or-later' } }
  ])
  assert.deepEqual(
    libc.properties?.filter(
      p => p.name.startsWith('sign:location:') || p.name.endsWith('supplier')
    ),
    [
      { name: 'sign:package:supplier', value: LIBC.supplier },
      { name: 'sign:location:0:path', value: '/var/lib/dpkg/status' },
      { name: 'sign:location:0:layerID', value: `sha256:${'c'.repeat(64)}` }
    ]
  )
  assert.deepEqual(byName(document.components, 'stdlib').licenses, [
    { license: { id: 'BSD-3-Clause' } }
  ])
})

test('a package without a purl has its id as bom-ref; extra CPEs become sign:cpe23 properties', () => {
  const sbom = fileSbom()
  sbom.packages = [
    {
      ...LIBC,
      id: 'bare',
      cpes: ['cpe:2.3:a:a:b:1:*:*:*:*:*:*:*', 'cpe:2.3:a:c:d:1:*:*:*:*:*:*:*']
    }
  ]
  delete sbom.packages[0]?.purl
  sbom.relationships = []
  const { document } = toCycloneDxJson({ sbom })
  const component = document.components?.[0]
  assert.equal(component?.['bom-ref'], 'bare')
  assert.equal(component?.purl, undefined)
  assert.equal(component?.cpe, 'cpe:2.3:a:a:b:1:*:*:*:*:*:*:*')
  assert.deepEqual(
    component?.properties?.filter(p => p.name === 'sign:cpe23'),
    [{ name: 'sign:cpe23', value: 'cpe:2.3:a:c:d:1:*:*:*:*:*:*:*' }]
  )
  assert.deepEqual(validateSbom({ document }), [])
})

test('licences: ids or names listed, an expression alone — never mixed', () => {
  const licensed = (licenses: string[]): unknown => {
    const sbom = fileSbom()
    sbom.packages = [{ ...LIBC, licenses }]
    sbom.relationships = []
    const { document } = toCycloneDxJson({ sbom })
    assert.deepEqual(validateSbom({ document }), [])
    return document.components?.[0]?.licenses
  }
  assert.deepEqual(licensed(['MIT', 'Custom']), [
    { license: { id: 'MIT' } },
    { license: { name: 'Custom' } }
  ])
  assert.deepEqual(licensed(['MIT OR Apache-2.0']), [{ expression: 'MIT OR Apache-2.0' }])
  assert.deepEqual(licensed(['MIT OR Apache-2.0', 'BSD-3-Clause']), [
    { expression: '(MIT OR Apache-2.0) AND BSD-3-Clause' }
  ])
  // An expression over an identifier SPDX does not know cannot be an expression: names.
  assert.deepEqual(licensed(['MIT OR Custom thing']), [
    { license: { name: 'MIT OR Custom thing' } }
  ])
  assert.equal(licensed(['NOASSERTION']), undefined)
})

test('dependencies: every component has an entry; DEPENDENCY_OF and DEPENDS_ON become dependsOn', () => {
  const sbom = fileSbom()
  sbom.relationships.push({ from: LIBC.id, type: 'DEPENDS_ON', to: STDLIB.id })
  const { document } = toCycloneDxJson({ sbom })
  const ref = (name: string): string => byName(document.components, name)['bom-ref'] ?? ''
  assert.deepEqual(
    document.dependencies,
    [
      { ref: ref('libc6'), dependsOn: [ref('stdlib')] },
      {
        ref: ref('example.com/app'),
        dependsOn: [ref('github.com/spf13/cobra'), ref('golang.org/x/exp'), ref('stdlib')].sort()
      },
      { ref: ref('github.com/spf13/cobra'), dependsOn: [] },
      { ref: ref('golang.org/x/exp'), dependsOn: [] },
      { ref: ref('stdlib'), dependsOn: [] }
    ].sort((a, b) => (a.ref < b.ref ? -1 : 1))
  )
  assert.equal(document.components?.length, [MAIN, COBRA, EXP, STDLIB, LIBC].length)
})

test('the BOM is valid against the CycloneDX 1.6 schema', () => {
  assert.deepEqual(validateSbom({ document: toCycloneDxJson({ sbom: fileSbom() }).document }), [])
  assert.deepEqual(validateSbom({ document: toCycloneDxJson({ sbom: imageSbom() }).document }), [])
})

test('deterministic: the same model in any order gives the same bytes; only serial and time vary', () => {
  const shuffled: Sbom = {
    ...fileSbom(),
    packages: [...fileSbom().packages].reverse(),
    relationships: [...fileSbom().relationships].reverse()
  }
  const fixed = { serialNumber: SERIAL, created: CREATED }
  const a = toCycloneDxJson({ sbom: fileSbom(), ...fixed }).json
  assert.equal(toCycloneDxJson({ sbom: shuffled, ...fixed }).json, a)
  const later = toCycloneDxJson({ sbom: shuffled })
  const normalise = (json: string): string =>
    json
      .replace(/"serialNumber": "[^"]*"/, '"serialNumber": "S"')
      .replace(/"timestamp": "[^"]*"/, '"timestamp": "T"')
  assert.notEqual(later.json, a)
  assert.equal(normalise(later.json), normalise(a))
})
