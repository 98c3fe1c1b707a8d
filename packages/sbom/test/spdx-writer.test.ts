// toSpdxJson: the SPDX 2.3 document of a model, field by field as sbom.md §1 gives them, valid
// against the schema and the spec rules, and the same bytes for the same model apart from the
// namespace and the creation time.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { toSpdxJson, validateSbom, type Sbom, type SpdxPackage } from '../src/index.ts'
import { COBRA, EXP, LIBC, MAIN, STDLIB, fileSbom, imageSbom } from './fixtures/document-model.ts'

const CREATED = new Date('2026-12-08T01:02:03.456Z')

function byName(packages: SpdxPackage[] | undefined, name: string): SpdxPackage {
  const found = packages?.find(pkg => pkg.name === name)
  assert.ok(found, `package ${name}`)
  return found
}

test('document fields: version, licence, SPDXID, name, namespace, creators, created', () => {
  const { document } = toSpdxJson({ sbom: fileSbom(), created: CREATED })
  assert.equal(document.spdxVersion, 'SPDX-2.3')
  assert.equal(document.dataLicense, 'CC0-1.0')
  assert.equal(document.SPDXID, 'SPDXRef-DOCUMENT')
  assert.equal(document.name, 'dist/app_linux_amd64')
  assert.deepEqual(document.creationInfo, {
    created: '2026-12-08T01:02:03Z',
    creators: ['Tool: sign-0.1.0']
  })
  assert.match(
    document.documentNamespace,
    /^https:\/\/spdx\.org\/spdxdocs\/sign-file-dist-app_linux_amd64-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
  )
  assert.ok(!document.documentNamespace.includes('#'))
  assert.equal(new URL(document.documentNamespace).protocol, 'https:')
})

test('each generation gets its own namespace; a given one is used as it is', () => {
  const first = toSpdxJson({ sbom: fileSbom() }).document.documentNamespace
  const second = toSpdxJson({ sbom: fileSbom() }).document.documentNamespace
  assert.notEqual(first, second)
  const given = toSpdxJson({ sbom: fileSbom(), namespace: 'https://example.test/sboms/app-1' })
  assert.equal(given.document.documentNamespace, 'https://example.test/sboms/app-1')
})

test('the file subject is the described root: FILE, its checksums, NOASSERTION, filesAnalyzed false', () => {
  const { document } = toSpdxJson({ sbom: fileSbom(), created: CREATED })
  const root = document.packages?.[0]
  assert.deepEqual(root, {
    name: 'dist/app_linux_amd64',
    SPDXID: 'SPDXRef-DocumentRoot-File-dist-app-linux-amd64',
    // As syft writes it: the digest as the version.
    versionInfo: `sha256:${'e'.repeat(64)}`,
    supplier: 'NOASSERTION',
    downloadLocation: 'NOASSERTION',
    filesAnalyzed: false,
    checksums: [
      { algorithm: 'SHA256', checksumValue: 'e'.repeat(64) },
      { algorithm: 'SHA1', checksumValue: 'f'.repeat(40) }
    ],
    licenseConcluded: 'NOASSERTION',
    licenseDeclared: 'NOASSERTION',
    copyrightText: 'NOASSERTION',
    primaryPackagePurpose: 'FILE'
  })
})

test('an image subject is a CONTAINER root named DocumentRoot-Image, its digest as version', () => {
  const { document } = toSpdxJson({ sbom: imageSbom(), created: CREATED })
  const root = document.packages?.[0]
  assert.equal(root?.SPDXID, 'SPDXRef-DocumentRoot-Image-registry.example-app-1.2.3')
  assert.equal(root?.primaryPackagePurpose, 'CONTAINER')
  assert.equal(root?.versionInfo, `sha256:${'d'.repeat(64)}`)
  assert.equal(root?.comment, 'platform: linux/amd64')
  assert.deepEqual(validateSbom({ document }), [])
})

test('packages: syft-style SPDXIDs, NOASSERTION fields, checksums, purl and CPE references', () => {
  const { document } = toSpdxJson({ sbom: fileSbom(), created: CREATED })
  assert.deepEqual(byName(document.packages, 'github.com/spf13/cobra'), {
    name: 'github.com/spf13/cobra',
    SPDXID: 'SPDXRef-Package-go-module-github.com-spf13-cobra-a1b2c3d4e5f60002',
    versionInfo: 'v1.8.0',
    supplier: 'NOASSERTION',
    downloadLocation: 'NOASSERTION',
    filesAnalyzed: false,
    checksums: [{ algorithm: 'SHA256', checksumValue: COBRA.checksums[0]?.value }],
    sourceInfo: 'acquired package info from go module information: /usr/local/bin/app',
    licenseConcluded: 'NOASSERTION',
    licenseDeclared: 'NOASSERTION',
    copyrightText: 'NOASSERTION',
    externalRefs: [
      {
        referenceCategory: 'SECURITY',
        referenceType: 'cpe23Type',
        referenceLocator: 'cpe:2.3:a:spf13:cobra:v1.8.0:*:*:*:*:*:*:*'
      },
      {
        referenceCategory: 'PACKAGE-MANAGER',
        referenceType: 'purl',
        referenceLocator: 'pkg:golang/github.com/spf13/cobra@v1.8.0'
      }
    ]
  })
  const libc = byName(document.packages, 'libc6')
  assert.equal(libc.SPDXID, 'SPDXRef-Package-deb-libc6-a1b2c3d4e5f60005')
  assert.equal(libc.supplier, LIBC.supplier)
  assert.equal(libc.licenseDeclared, 'GPL-2.0-or-later AND LGPL-2.1-or-later')
  assert.equal(byName(document.packages, 'stdlib').licenseDeclared, 'BSD-3-Clause')
  assert.equal(
    byName(document.packages, 'golang.org/x/exp').externalRefs?.[0]?.referenceLocator,
    EXP.cpes[0]
  )
  for (const pkg of document.packages ?? []) {
    assert.match(pkg.SPDXID, /^SPDXRef-[A-Za-z0-9.-]+$/)
    assert.equal(pkg.filesAnalyzed, false)
    assert.equal(pkg.downloadLocation, 'NOASSERTION')
    assert.equal(pkg.licenseConcluded, 'NOASSERTION')
    assert.equal(pkg.copyrightText, 'NOASSERTION')
  }
})

test('relationships: DESCRIBES the root, the root CONTAINS every package, DEPENDENCY_OF as in the model', () => {
  const { document } = toSpdxJson({ sbom: fileSbom(), created: CREATED })
  const id = (name: string): string => byName(document.packages, name).SPDXID
  const root = 'SPDXRef-DocumentRoot-File-dist-app-linux-amd64'
  const triples = (document.relationships ?? []).map(
    r => `${r.spdxElementId} ${r.relationshipType} ${r.relatedSpdxElement}`
  )
  assert.deepEqual(triples, [
    `SPDXRef-DOCUMENT DESCRIBES ${root}`,
    ...[LIBC, MAIN, COBRA, EXP, STDLIB].map(pkg => `${root} CONTAINS ${id(pkg.name)}`).sort(),
    ...[COBRA, EXP, STDLIB].map(pkg => `${id(pkg.name)} DEPENDENCY_OF ${id(MAIN.name)}`).sort()
  ])
})

test('names with characters SPDXIDs cannot hold are sanitised, and equal ids are made unique', () => {
  const sbom = fileSbom()
  sbom.subject.name = 'dist/my_app@v1 (linux)'
  sbom.packages = [
    { ...LIBC, id: 'x_1', name: '@scope/pkg_name' },
    { ...LIBC, id: 'x-1', name: '@scope/pkg_name' }
  ]
  sbom.relationships = []
  const { document } = toSpdxJson({ sbom, created: CREATED })
  assert.deepEqual(
    document.packages?.map(pkg => pkg.SPDXID),
    [
      'SPDXRef-DocumentRoot-File-dist-my-app-v1--linux-',
      'SPDXRef-Package-deb--scope-pkg-name-x-1',
      'SPDXRef-Package-deb--scope-pkg-name-x-1-2'
    ]
  )
  assert.deepEqual(validateSbom({ document }), [])
})

test('licences outside the SPDX list become LicenseRef- with their text kept', () => {
  const sbom = fileSbom()
  sbom.packages = [
    { ...LIBC, licenses: ['MIT OR Apache-2.0', 'Custom licence v2', 'MIT OR Apache-2.0'] }
  ]
  sbom.relationships = []
  const { document } = toSpdxJson({ sbom, created: CREATED })
  assert.equal(
    document.packages?.[1]?.licenseDeclared,
    '(MIT OR Apache-2.0) AND LicenseRef-Custom-licence-v2'
  )
  assert.deepEqual(document.hasExtractedLicensingInfos, [
    {
      licenseId: 'LicenseRef-Custom-licence-v2',
      extractedText: 'Custom licence v2',
      name: 'Custom licence v2'
    }
  ])
  assert.deepEqual(validateSbom({ document }), [])
})

test('a relationship naming a package the model does not have is refused', () => {
  const sbom = fileSbom()
  sbom.relationships.push({ from: 'nowhere', type: 'DEPENDENCY_OF', to: MAIN.id })
  assert.throws(() => toSpdxJson({ sbom }), {
    message: /relationship nowhere DEPENDENCY_OF a1b2c3d4e5f60001 names a package that is not in it/
  })
})

test('the document is valid: SPDX 2.3 schema and the spec rules', () => {
  assert.deepEqual(validateSbom({ document: toSpdxJson({ sbom: fileSbom() }).document }), [])
})

test('deterministic: the same model in any order gives the same bytes; only namespace and time vary', () => {
  const shuffled: Sbom = {
    ...fileSbom(),
    packages: [...fileSbom().packages].reverse(),
    relationships: [...fileSbom().relationships].reverse()
  }
  const fixed = { namespace: 'https://example.test/sbom-1', created: CREATED }
  const a = toSpdxJson({ sbom: fileSbom(), ...fixed }).json
  assert.equal(toSpdxJson({ sbom: shuffled, ...fixed }).json, a)
  assert.ok(a.endsWith('}\n'))
  assert.deepEqual(JSON.parse(a), toSpdxJson({ sbom: fileSbom(), ...fixed }).document)

  const later = toSpdxJson({ sbom: shuffled, created: new Date('2027-01-01T00:00:00Z') })
  const normalise = (json: string): string =>
    json
      .replace(/"documentNamespace": "[^"]*"/, '"documentNamespace": "N"')
      .replace(/"created": "[^"]*"/, '"created": "T"')
  assert.notEqual(later.json, a)
  assert.equal(normalise(later.json), normalise(a))
})
