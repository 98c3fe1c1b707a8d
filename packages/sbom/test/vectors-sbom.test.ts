// The real SBOMs in test/vectors/sbom/ (syft 0.63 and 2022 SPDX, syft's current SPDX and
// CycloneDX layouts, the CycloneDX specification's 1.6 test cases) parse into the model, and
// validateSbom says of each what is true of it.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readSbom, validateSbom } from '../src/index.ts'

const VECTORS = join(import.meta.dirname, '../../../test/vectors/sbom')

function read(name: string): ReturnType<typeof readSbom> {
  return readSbom({ bytes: readFileSync(join(VECTORS, name)) })
}

test('syft 0.63 SPDX 2.3 of a Go project: 30 modules, (devel) main module without a version', () => {
  const { format, specVersion, sbom, raw } = read('syft-0.63-go-binary-and-gomod.spdx.json')
  assert.equal(format, 'spdx-json')
  assert.equal(specVersion, 'SPDX-2.3')
  assert.deepEqual(sbom.tool, { name: 'syft', version: '0.63.0' })
  // No DESCRIBES and no documentDescribes: the subject is the document's name.
  assert.deepEqual(sbom.subject, { kind: 'file', name: '../sbomqs', checksums: [] })
  assert.equal(sbom.packages.length, 30)
  assert.ok(sbom.packages.every(pkg => pkg.type === 'go-module'))
  // From the binary (h1 digest as SHA256) and from go.mod (none): 15 modules, each twice.
  assert.equal(sbom.packages.filter(pkg => pkg.checksums.length === 1).length, 14)
  const main = sbom.packages.find(pkg => pkg.name === 'github.com/interlynk-io/sbomqs')
  assert.equal(main?.version, undefined)
  assert.equal(main?.purl, 'pkg:golang/github.com/interlynk-io/sbomqs')
  const cobra = sbom.packages.find(
    pkg => pkg.purl === 'pkg:golang/github.com/spf13/cobra@v1.6.1' && pkg.checksums.length > 0
  )
  assert.deepEqual(cobra?.checksums, [
    {
      algorithm: 'SHA256',
      value: 'a3de2888fc92e0a0f598fcb67e67186071df0b12ea62324e846b021c566d1330'
    }
  ])
  const exp = sbom.packages.find(pkg => pkg.name === 'golang.org/x/exp')
  assert.deepEqual(exp?.cpes, [
    'cpe:2.3:a:golang:x\\/exp:v0.0.0-20220303212507-bbda1eaf7a17:*:*:*:*:*:*:*'
  ])
  assert.deepEqual(sbom.relationships, [])
  // Valid against the 2.3 schema; of the spec rules it breaks only "DESCRIBES at least one".
  assert.deepEqual(validateSbom({ document: raw }), [
    {
      path: '/relationships',
      message: 'the document DESCRIBES nothing (no DESCRIBES relationship) and has 30 packages'
    }
  ])
})

test('syft 2022 SPDX 2.2 of alpine 3.10: PACKAGE_MANAGER purls, apk packages, licences', () => {
  const { specVersion, sbom, raw } = read('syft-alpine-3.10-image.spdx.json')
  assert.equal(specVersion, 'SPDX-2.2')
  assert.deepEqual(sbom.tool, { name: 'syft', version: '[not provided]' })
  assert.deepEqual(
    sbom.packages.map(pkg => [pkg.name, pkg.version, pkg.type, pkg.purl, pkg.licenses]),
    [
      [
        'busybox',
        '1.30.1-r5',
        'apk',
        'pkg:apk/alpine/busybox@1.30.1-r5?arch=x86_64&distro=alpine-3.10.9',
        ['GPL-2.0']
      ],
      [
        'libssl1.1',
        '1.1.1k-r0',
        'apk',
        'pkg:apk/alpine/libssl1.1@1.1.1k-r0?arch=x86_64&distro=alpine-3.10.9',
        ['OpenSSL']
      ],
      [
        'ssl_client',
        '1.30.1-r5',
        'apk',
        'pkg:apk/alpine/ssl_client@1.30.1-r5?arch=x86_64&upstream=busybox&distro=alpine-3.10.9',
        ['GPL-2.0']
      ]
    ]
  )
  assert.equal(sbom.packages[2]?.cpes.length, 6)
  assert.equal(
    sbom.packages[0]?.sourceInfo,
    'acquired package info from APK DB: /lib/apk/db/installed'
  )
  // syft's 2022 test fixture breaks the SPDX 2.2 schema and the spec (pyspdxtools agrees:
  // test/interop/sbom-validators.test.ts): no copyrightText, files without checksums, CONTAINS
  // of files that are not in the document, no DESCRIBES, fractional seconds.
  assert.deepEqual(
    validateSbom({ document: raw }).map(problem => problem.message),
    [
      "schema: /packages/0 must have required property 'copyrightText'",
      "schema: /packages/1 must have required property 'copyrightText'",
      "schema: /packages/2 must have required property 'copyrightText'",
      "schema: /files/0 must have required property 'copyrightText'",
      "schema: /files/1 must have required property 'copyrightText'",
      'relationship 2 (CONTAINS) ends at SPDXRef-499bb68237b0f2b8, which is not in the document',
      'relationship 3 (CONTAINS) ends at SPDXRef-df78c68c8206be69, which is not in the document',
      'relationship 4 (CONTAINS) ends at SPDXRef-7c980486fc17af43, which is not in the document',
      'relationship 5 (CONTAINS) ends at SPDXRef-8762661e65166719, which is not in the document',
      'the document DESCRIBES nothing (no DESCRIBES relationship) and has 3 packages',
      'created 2022-01-20T21:40:24.439211Z is not YYYY-MM-DDThh:mm:ssZ',
      'file /bin/busybox has no SHA1 checksum',
      'file /lib/libssl.so.1.1 has no SHA1 checksum'
    ]
  )
})

test("syft's current SPDX layout: the DocumentRoot-Image is the subject, the packages it CONTAINS", () => {
  const { sbom, raw } = read('syft-snapshot-image.spdx.json')
  assert.deepEqual(sbom.subject, {
    kind: 'image',
    name: 'user-image-input',
    checksums: [
      {
        algorithm: 'SHA256',
        value: '2731251dc34951c0e50fcc643b4c5f74922dad1a5d98f302b504cf46cd5d9368'
      }
    ]
  })
  assert.deepEqual(
    sbom.packages.map(pkg => [pkg.id, pkg.type, pkg.purl, pkg.licenses]),
    [
      // syft's python type is not one of the model's.
      ['SPDXRef-Package-python-package-1-2f52f617f1548337', 'unknown', 'a-purl-1', ['MIT']],
      [
        'SPDXRef-Package-deb-package-2-4b756c6f6fb127a3',
        'deb',
        'pkg:deb/debian/package-2@2.0.1',
        []
      ]
    ]
  )
  assert.deepEqual(sbom.relationships, [
    { from: 'subject', type: 'CONTAINS', to: 'SPDXRef-Package-python-package-1-2f52f617f1548337' },
    { from: 'subject', type: 'CONTAINS', to: 'SPDXRef-Package-deb-package-2-4b756c6f6fb127a3' }
  ])
  // syft's test redacts the namespace, the time and the licence list version.
  assert.deepEqual(validateSbom({ document: raw }), [
    { path: '/documentNamespace', message: 'documentNamespace redacted is not an absolute URI' },
    { path: '/creationInfo/created', message: 'created redacted is not YYYY-MM-DDThh:mm:ssZ' },
    {
      path: '/creationInfo/licenseListVersion',
      message: 'licenseListVersion redacted is not major.minor'
    }
  ])
})

test("syft's current CycloneDX 1.7 layout: package-id bom-refs, syft: properties", () => {
  const { specVersion, sbom, raw } = read('syft-snapshot-image.cdx.json')
  assert.equal(specVersion, '1.7')
  assert.deepEqual(sbom.tool, { name: 'syft', version: 'v0.42.0-bogus' })
  assert.deepEqual(sbom.subject, { kind: 'image', name: 'user-image-input', checksums: [] })
  assert.deepEqual(sbom.packages[1], {
    id: '4b756c6f6fb127a3',
    name: 'package-2',
    version: '2.0.1',
    type: 'deb',
    purl: 'pkg:deb/debian/package-2@2.0.1',
    cpes: ['cpe:2.3:*:some:package:2:*:*:*:*:*:*:*'],
    checksums: [],
    licenses: [],
    locations: [{ path: '/somefile-2.txt', layer: 'sha256:redacted' }],
    foundBy: 'the-cataloger-2'
  })
  assert.deepEqual(
    sbom.packages.map(pkg => pkg.id),
    ['2f52f617f1548337', '4b756c6f6fb127a3', 'os:debian@1.2.3']
  )
  // syft's test redacts the serial number and the time: the 1.7 schema refuses both.
  assert.deepEqual(validateSbom({ document: raw }), [
    {
      path: '/serialNumber',
      message:
        'schema: /serialNumber must match pattern "^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"'
    },
    {
      path: '/metadata/timestamp',
      message: 'schema: /metadata/timestamp must match format "date-time"'
    }
  ])
})

test('the CycloneDX specification 1.6 test cases are valid and read', () => {
  const bom = read('cyclonedx-1.6-valid-bom.json')
  assert.deepEqual(validateSbom({ document: bom.raw }), [])
  assert.deepEqual(bom.sbom.tool, { name: 'Awesome Tool', version: '9.1.2' })
  assert.deepEqual(bom.sbom.subject, { kind: 'file', name: 'Acme Application', checksums: [] })
  assert.deepEqual(
    bom.sbom.packages.map(pkg => [
      pkg.id,
      pkg.name,
      pkg.version,
      pkg.licenses,
      pkg.checksums.map(c => c.algorithm)
    ]),
    [
      [
        'pkg:maven/com.acme/tomcat-catalina@9.0.14?packaging=jar',
        'tomcat-catalina',
        '9.0.14',
        ['Apache-2.0'],
        ['MD5', 'SHA1', 'SHA256', 'SHA512']
      ],
      [
        'pkg:maven/com.example/myapplication@1.0.0?packaging=war',
        'mylibrary',
        '1.0.0',
        ['EPL-2.0 OR GPL-2.0-with-classpath-exception'],
        ['MD5', 'SHA1', 'SHA256', 'SHA512']
      ],
      [
        'component-3',
        'myframework',
        '1.0.0',
        ['Some random license'],
        ['MD5', 'SHA1', 'SHA256', 'SHA512']
      ]
    ]
  )
  assert.deepEqual(
    bom.sbom.relationships.filter(r => r.type !== 'CONTAINS'),
    [
      {
        from: 'pkg:maven/com.example/myapplication@1.0.0?packaging=war',
        type: 'DEPENDENCY_OF',
        to: 'pkg:maven/com.acme/tomcat-catalina@9.0.14?packaging=jar'
      }
    ]
  )

  const dependency = read('cyclonedx-1.6-valid-dependency.json')
  assert.deepEqual(validateSbom({ document: dependency.raw }), [])
  assert.deepEqual(
    dependency.sbom.packages.map(pkg => pkg.id),
    ['library-a', 'library-b', 'library-c']
  )
  assert.deepEqual(dependency.sbom.relationships, [
    { from: 'library-c', type: 'DEPENDENCY_OF', to: 'library-b' }
  ])
})
