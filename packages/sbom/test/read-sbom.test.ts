// readSbom: our own documents read back into the model they were written from; format
// detection as actions/attest does it; the SPDX 2.2 / old-syft spellings; and hostile input —
// too large, not JSON, wrong types, nesting — refused or skipped with the reason.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  MAX_SBOM_BYTES,
  SbomReadError,
  readSbom,
  toCycloneDxJson,
  toSpdxJson,
  type Sbom,
  type SbomPackage
} from '../src/index.ts'
import { MAX_COMPONENT_DEPTH } from '../src/read/from-cyclonedx.ts'
import { MAIN, fileSbom, imageSbom } from './fixtures/document-model.ts'

const bytes = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value))

/** The model with each package's id replaced by its name, relationships likewise: ids are the writer's. */
function byNames(sbom: Sbom): unknown {
  const names = new Map(sbom.packages.map(pkg => [pkg.id, pkg.name]))
  const name = (id: string): string => (id === 'subject' ? 'subject' : (names.get(id) ?? `?${id}`))
  return {
    subject: sbom.subject,
    tool: sbom.tool,
    packages: sbom.packages
      .map(pkg => ({ ...pkg, id: pkg.name }))
      .sort((a, b) => (a.name < b.name ? -1 : 1)),
    relationships: sbom.relationships.map(r => `${name(r.from)} ${r.type} ${name(r.to)}`).sort()
  }
}

/**
 * What SPDX keeps of a package: no cataloger name, no locations (SPDX has no field for either),
 * and the licences as one expression (licenseDeclared holds one).
 */
function spdxView(pkg: SbomPackage): SbomPackage {
  return {
    ...pkg,
    foundBy: '',
    locations: [],
    licenses: pkg.licenses.length === 0 ? [] : [pkg.licenses.join(' AND ')]
  }
}

test('our SPDX document reads back into the model (apart from what SPDX has no field for)', () => {
  const sbom = fileSbom()
  const read = readSbom({ bytes: new TextEncoder().encode(toSpdxJson({ sbom }).json) })
  assert.equal(read.format, 'spdx-json')
  assert.equal(read.specVersion, 'SPDX-2.3')
  assert.equal(read.raw['spdxVersion'], 'SPDX-2.3')
  const expected: Sbom = {
    ...sbom,
    packages: sbom.packages.map(spdxView),
    // The writer adds `subject CONTAINS` for every package.
    relationships: [
      ...sbom.relationships,
      ...sbom.packages
        .filter(pkg => pkg.id !== MAIN.id)
        .map(pkg => ({ from: 'subject', type: 'CONTAINS' as const, to: pkg.id }))
    ]
  }
  assert.deepEqual(byNames(read.sbom), byNames(expected))
  assert.ok(read.sbom.packages.every(pkg => pkg.id.startsWith('SPDXRef-Package-')))
})

test('an image SPDX document reads back as an image subject with its digest', () => {
  const read = readSbom({ bytes: new TextEncoder().encode(toSpdxJson({ sbom: imageSbom() }).json) })
  assert.deepEqual(read.sbom.subject, {
    kind: 'image',
    name: 'registry.example/app:1.2.3',
    checksums: [{ algorithm: 'SHA256', value: 'd'.repeat(64) }]
  })
})

test('our CycloneDX BOM reads back into the model, package ids from package-id', () => {
  const sbom = imageSbom()
  const read = readSbom({ bytes: new TextEncoder().encode(toCycloneDxJson({ sbom }).json) })
  assert.equal(read.format, 'cyclonedx-json')
  assert.equal(read.specVersion, '1.6')
  // CycloneDX keeps the platform as a property of the subject, which the model does not read back.
  const subject = { ...sbom.subject }
  delete subject.platform
  assert.deepEqual(read.sbom.subject, subject)
  assert.deepEqual(
    [...read.sbom.packages].sort((a, b) => (a.id < b.id ? -1 : 1)),
    [...sbom.packages].sort((a, b) => (a.id < b.id ? -1 : 1))
  )
  assert.deepEqual(
    read.sbom.relationships.map(r => `${r.from} ${r.type} ${r.to}`).sort(),
    [
      ...sbom.relationships
        .filter(r => r.type === 'DEPENDENCY_OF')
        .map(r => `${r.from} ${r.type} ${r.to}`),
      ...sbom.packages.map(pkg => `subject CONTAINS ${pkg.id}`)
    ].sort()
  )
  assert.deepEqual(read.sbom.tool, { name: 'sign', version: '0.1.0' })
})

test('SPDX 2.2 spellings: PACKAGE_MANAGER purls, documentDescribes, old syft (devel) versions', () => {
  const read = readSbom({
    bytes: bytes({
      spdxVersion: 'SPDX-2.2',
      SPDXID: 'SPDXRef-DOCUMENT',
      name: 'old',
      documentNamespace: 'https://example.test/old',
      creationInfo: { created: '2023-01-01T00:00:00Z', creators: ['Tool: syft-0.63.0'] },
      documentDescribes: ['SPDXRef-root'],
      packages: [
        { SPDXID: 'SPDXRef-root', name: 'app.tar.gz', downloadLocation: 'NOASSERTION' },
        {
          SPDXID: 'SPDXRef-Package-go-module-example.com-app-0123456789abcdef',
          name: 'example.com/app',
          versionInfo: '(devel)',
          downloadLocation: 'NOASSERTION',
          licenseDeclared: 'NONE',
          supplier: 'NOASSERTION',
          externalRefs: [
            {
              referenceCategory: 'PACKAGE_MANAGER',
              referenceType: 'purl',
              referenceLocator: 'pkg:golang/example.com/app@(devel)'
            },
            {
              referenceCategory: 'SECURITY',
              referenceType: 'cpe23Type',
              referenceLocator: 'cpe:2.3:a:example:app:\\(devel\\):*:*:*:*:*:*:*'
            }
          ]
        },
        {
          SPDXID: 'SPDXRef-7',
          name: 'busybox',
          versionInfo: '1.30.1-r5',
          downloadLocation: 'https://busybox.net/',
          licenseDeclared: 'GPL-2.0',
          checksums: [
            { algorithm: 'SHA1', checksumValue: 'ABCDEF0123' },
            { algorithm: 'MD2', checksumValue: '00' }
          ],
          externalRefs: [
            {
              referenceCategory: 'PACKAGE_MANAGER',
              referenceType: 'purl',
              referenceLocator: 'pkg:apk/alpine/busybox@1.30.1-r5?arch=x86_64'
            }
          ]
        }
      ],
      relationships: [
        {
          spdxElementId: 'SPDXRef-7',
          relationshipType: 'DEPENDENCY_OF',
          relatedSpdxElement: 'SPDXRef-root'
        },
        {
          spdxElementId: 'SPDXRef-7',
          relationshipType: 'GENERATED_FROM',
          relatedSpdxElement: 'SPDXRef-root',
          comment: 'x'
        },
        {
          spdxElementId: 'SPDXRef-7',
          relationshipType: 'CONTAINS',
          relatedSpdxElement: 'SPDXRef-File-1'
        }
      ]
    })
  })
  assert.equal(read.specVersion, 'SPDX-2.2')
  assert.deepEqual(read.sbom.subject, { kind: 'file', name: 'app.tar.gz', checksums: [] })
  assert.deepEqual(read.sbom.tool, { name: 'syft', version: '0.63.0' })
  const [app, busybox] = read.sbom.packages
  assert.deepEqual(app, {
    id: 'SPDXRef-Package-go-module-example.com-app-0123456789abcdef',
    name: 'example.com/app',
    type: 'go-module',
    purl: 'pkg:golang/example.com/app',
    cpes: ['cpe:2.3:a:example:app:\\(devel\\):*:*:*:*:*:*:*'],
    checksums: [],
    licenses: [],
    locations: [],
    foundBy: ''
  })
  assert.equal(busybox?.type, 'apk')
  assert.equal(busybox?.purl, 'pkg:apk/alpine/busybox@1.30.1-r5?arch=x86_64')
  assert.deepEqual(busybox?.licenses, ['GPL-2.0'])
  // MD2 is not an algorithm the model holds; hex is kept in lower case.
  assert.deepEqual(busybox?.checksums, [{ algorithm: 'SHA1', value: 'abcdef0123' }])
  // Relationships to elements that are not packages (a file) are left out; others are OTHER.
  assert.deepEqual(read.sbom.relationships, [
    { from: 'SPDXRef-7', type: 'DEPENDENCY_OF', to: 'subject' },
    { from: 'SPDXRef-7', type: 'OTHER', to: 'subject', comment: 'GENERATED_FROM: x' }
  ])
})

test("syft's UNKNOWN version of a purl without one is absent; a digest version gives the subject's SHA256", () => {
  const digest = 'ab'.repeat(32)
  const read = readSbom({
    bytes: bytes({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      metadata: {
        component: { 'bom-ref': 'root', type: 'file', name: 'app', version: `sha256:${digest}` }
      },
      components: [
        {
          'bom-ref': 'a',
          type: 'library',
          name: 'example.com/app',
          version: 'UNKNOWN',
          purl: 'pkg:golang/example.com/app'
        },
        {
          'bom-ref': 'b',
          type: 'library',
          name: 'odd',
          version: 'UNKNOWN',
          purl: 'pkg:npm/odd@UNKNOWN'
        }
      ]
    })
  })
  assert.deepEqual(read.sbom.subject, {
    kind: 'file',
    name: 'app',
    checksums: [{ algorithm: 'SHA256', value: digest }]
  })
  assert.deepEqual(
    read.sbom.packages.map(pkg => pkg.version),
    // The second names UNKNOWN in its purl too: that is its version.
    [undefined, 'UNKNOWN']
  )
})

test('a document describing several packages or none keeps them all, the subject is its name', () => {
  const document = toSpdxJson({ sbom: fileSbom() }).document
  const read = readSbom({ bytes: bytes({ ...document, relationships: [] }) })
  assert.deepEqual(read.sbom.subject, { kind: 'file', name: 'dist/app_linux_amd64', checksums: [] })
  assert.equal(read.sbom.packages.length, fileSbom().packages.length + 1)
})

test('CycloneDX: tools as an array, no serial number, nested components, group ignored', () => {
  const read = readSbom({
    bytes: bytes({
      bomFormat: 'CycloneDX',
      specVersion: '1.4',
      metadata: { tools: [{ vendor: 'anchore', name: 'syft', version: '0.63.0' }] },
      components: [
        {
          'bom-ref': 'parent',
          type: 'application',
          name: 'parent',
          components: [{ type: 'library', name: 'child', version: '1', purl: 'pkg:npm/child@1' }]
        }
      ],
      dependencies: [{ ref: 'parent', dependsOn: ['missing'] }]
    })
  })
  assert.equal(read.specVersion, '1.4')
  assert.deepEqual(read.sbom.tool, { name: 'syft', version: '0.63.0' })
  assert.deepEqual(read.sbom.subject, { kind: 'file', name: '', checksums: [] })
  assert.deepEqual(
    read.sbom.packages.map(pkg => [pkg.id, pkg.name, pkg.type]),
    [
      ['parent', 'parent', 'unknown'],
      ['component-2', 'child', 'npm']
    ]
  )
  assert.deepEqual(read.sbom.relationships, [
    { from: 'parent', type: 'CONTAINS', to: 'component-2' }
  ])
})

test('format detection as actions/attest: SPDX needs spdxVersion and SPDXID, CycloneDX bomFormat and specVersion', () => {
  assert.throws(() => readSbom({ bytes: bytes({ spdxVersion: 'SPDX-2.3' }) }), {
    name: 'SbomReadError',
    message:
      'the document is neither SPDX JSON (spdxVersion and SPDXID) nor CycloneDX JSON (bomFormat and specVersion)'
  })
  assert.throws(() => readSbom({ bytes: bytes({ bomFormat: 'SPDX', specVersion: '1.6' }) }), {
    message: 'the document\'s bomFormat "SPDX" is not CycloneDX'
  })
  assert.throws(() => readSbom({ bytes: bytes({ spdxVersion: 'SPDX-3.0', SPDXID: 'x' }) }), {
    message:
      'the SPDX document\'s spdxVersion "SPDX-3.0" is not one this reads (SPDX-2.2, SPDX-2.3)'
  })
  assert.throws(() => readSbom({ bytes: bytes({ bomFormat: 'CycloneDX', specVersion: 1.6 }) }), {
    message: "the CycloneDX BOM's specVersion 1.6 is not one this reads (1.4, 1.5, 1.6, 1.7)"
  })
})

test('bounded: a document over the limit is refused before it is parsed', () => {
  assert.equal(MAX_SBOM_BYTES, 64 * 1024 * 1024)
  const document = new TextEncoder().encode(toSpdxJson({ sbom: fileSbom() }).json)
  assert.throws(() => readSbom({ bytes: document, maxBytes: document.byteLength - 1 }), {
    message: `the SBOM is ${document.byteLength} bytes, more than the ${document.byteLength - 1} bytes this reads`
  })
  assert.equal(readSbom({ bytes: document, maxBytes: document.byteLength }).format, 'spdx-json')
  // The default limit: one byte over 64 MiB (not JSON at all: the size is checked first).
  assert.throws(() => readSbom({ bytes: new Uint8Array(MAX_SBOM_BYTES + 1) }), {
    message: `the SBOM is ${MAX_SBOM_BYTES + 1} bytes, more than the ${MAX_SBOM_BYTES} bytes this reads`
  })
})

test('not JSON, not UTF-8, not an object: refused with the reason', () => {
  assert.throws(() => readSbom({ bytes: new TextEncoder().encode('{"spdxVersion": ') }), {
    message: /^the SBOM is not UTF-8 JSON: /
  })
  assert.throws(() => readSbom({ bytes: new Uint8Array([0x7b, 0xff, 0x7d]) }), {
    message: /^the SBOM is not UTF-8 JSON: .*encoded data was not valid/
  })
  assert.throws(() => readSbom({ bytes: bytes([1, 2]) }), SbomReadError)
  assert.throws(() => readSbom({ bytes: bytes(null) }), {
    message: 'the SBOM is not a JSON object'
  })
})

test('fields of the wrong type are skipped, not trusted', () => {
  const read = readSbom({
    bytes: bytes({
      spdxVersion: 'SPDX-2.3',
      SPDXID: 'SPDXRef-DOCUMENT',
      name: 7,
      creationInfo: 'x',
      packages: [
        'not an object',
        { SPDXID: 5, name: 'no id' },
        {
          SPDXID: 'SPDXRef-a',
          name: ['x'],
          externalRefs: 'x',
          checksums: [null, { algorithm: 'SHA256', checksumValue: 'zz' }]
        }
      ],
      relationships: { not: 'an array' }
    })
  })
  assert.deepEqual(read.sbom, {
    subject: { kind: 'file', name: '', checksums: [] },
    packages: [
      {
        id: 'SPDXRef-a',
        name: '',
        type: 'unknown',
        cpes: [],
        checksums: [],
        licenses: [],
        locations: [],
        foundBy: ''
      }
    ],
    relationships: [],
    tool: { name: '', version: '' }
  })
})

test(`CycloneDX components nested deeper than ${MAX_COMPONENT_DEPTH} are refused`, () => {
  const nest = (depth: number): Record<string, unknown> =>
    depth === 1
      ? { type: 'library', name: 'leaf' }
      : { type: 'library', name: `n${depth}`, components: [nest(depth - 1)] }
  const document = (depth: number): Uint8Array =>
    bytes({ bomFormat: 'CycloneDX', specVersion: '1.6', components: [nest(depth)] })
  assert.equal(
    readSbom({ bytes: document(MAX_COMPONENT_DEPTH) }).sbom.packages.length,
    MAX_COMPONENT_DEPTH
  )
  assert.throws(() => readSbom({ bytes: document(MAX_COMPONENT_DEPTH + 1) }), {
    name: 'SbomReadError',
    message: `the CycloneDX BOM nests components more than ${MAX_COMPONENT_DEPTH} deep`
  })
})

test('duplicate bom-refs get distinct package ids', () => {
  const read = readSbom({
    bytes: bytes({
      bomFormat: 'CycloneDX',
      specVersion: '1.5',
      components: [
        { 'bom-ref': 'same', type: 'library', name: 'a' },
        { 'bom-ref': 'same', type: 'library', name: 'b' }
      ]
    })
  })
  assert.deepEqual(
    read.sbom.packages.map(pkg => pkg.id),
    ['same', 'same-2']
  )
})
