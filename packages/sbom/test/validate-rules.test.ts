// validateSbom: each rule, with a document that breaks it and the problem it reports — the
// official schemas (SPDX 2.3, CycloneDX 1.6 with its licence and signature schemas) and the SPDX
// rules the schema misses (namespace, SPDXIDs, relationship endpoints, DESCRIBES, filesAnalyzed).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  MAX_PROBLEMS,
  toCycloneDxJson,
  toSpdxJson,
  validateSbom,
  type SbomProblem
} from '../src/index.ts'
import { fileSbom } from './fixtures/document-model.ts'

type Json = Record<string, unknown> & { packages: Record<string, unknown>[] }

function spdx(): Json & { relationships: Record<string, unknown>[] } {
  return structuredClone(toSpdxJson({ sbom: fileSbom() }).document) as unknown as Json & {
    relationships: Record<string, unknown>[]
  }
}

function cyclonedx(): Record<string, unknown> & { components: Record<string, unknown>[] } {
  return structuredClone(toCycloneDxJson({ sbom: fileSbom() }).document) as unknown as Record<
    string,
    unknown
  > & { components: Record<string, unknown>[] }
}

function problems(document: unknown): SbomProblem[] {
  return validateSbom({ document })
}

test('valid documents have no problems', () => {
  assert.deepEqual(problems(spdx()), [])
  assert.deepEqual(problems(cyclonedx()), [])
})

test('SPDX schema: a missing required field and a value outside an enum', () => {
  const document = spdx()
  delete document['dataLicense']
  assert.deepEqual(problems(document), [
    { path: '', message: "schema: the document must have required property 'dataLicense'" }
  ])
  const category = spdx()
  const refs = category.packages[1]?.['externalRefs'] as Record<string, unknown>[]
  // SPDX 2.2's spelling is not valid in 2.3.
  ;(refs[0] as Record<string, unknown>)['referenceCategory'] = 'PACKAGE_MANAGER'
  assert.deepEqual(problems(category), [
    {
      path: '/packages/1/externalRefs/0/referenceCategory',
      message:
        'schema: /packages/1/externalRefs/0/referenceCategory must be equal to one of the allowed values ("OTHER", "PERSISTENT-ID", "SECURITY", "PACKAGE-MANAGER")'
    }
  ])
})

test('documentNamespace: required, absolute, without #', () => {
  const missing = spdx()
  delete missing['documentNamespace']
  assert.deepEqual(problems(missing), [
    { path: '/documentNamespace', message: 'documentNamespace is missing' }
  ])
  const relative = spdx()
  relative['documentNamespace'] = 'sboms/app-1'
  assert.deepEqual(problems(relative), [
    { path: '/documentNamespace', message: 'documentNamespace sboms/app-1 is not an absolute URI' }
  ])
  const fragment = spdx()
  fragment['documentNamespace'] = 'https://example.test/sboms#app'
  assert.deepEqual(problems(fragment), [
    {
      path: '/documentNamespace',
      message: "documentNamespace https://example.test/sboms#app contains '#'"
    }
  ])
})

test('SPDXIDs: the document is SPDXRef-DOCUMENT; elements use [A-Za-z0-9.-] only, each once', () => {
  const documentId = spdx()
  documentId['SPDXID'] = 'SPDXRef-DOC'
  assert.deepEqual(problems(documentId), [
    { path: '/SPDXID', message: 'the document\'s SPDXID "SPDXRef-DOC" is not SPDXRef-DOCUMENT' }
  ])

  const underscore = spdx()
  const old = underscore.packages[2]?.['SPDXID'] as string
  const renamed = old.replace('Package-', 'Package_')
  ;(underscore.packages[2] as Record<string, unknown>)['SPDXID'] = renamed
  for (const r of underscore.relationships)
    for (const end of ['spdxElementId', 'relatedSpdxElement']) if (r[end] === old) r[end] = renamed
  assert.deepEqual(problems(underscore), [
    {
      path: '/packages/2/SPDXID',
      message: `SPDXID ${renamed} is not SPDXRef- followed by letters, digits, '.' and '-' only`
    }
  ])

  const duplicate = spdx()
  ;(duplicate.packages[2] as Record<string, unknown>)['SPDXID'] = duplicate.packages[1]?.['SPDXID']
  const found = problems(duplicate)
  assert.deepEqual(found[0], {
    path: '/packages/2/SPDXID',
    message: `SPDXID ${String(duplicate.packages[1]?.['SPDXID'])} is not unique in the document`
  })
  // The old id is now named by relationships only.
  assert.ok(
    found
      .slice(1)
      .every(p => p.message.includes(old) && p.message.includes('is not in the document'))
  )
})

test('relationships: both ends must exist; NONE and NOASSERTION on the related side, declared DocumentRef', () => {
  const document = spdx()
  document.relationships.push(
    {
      spdxElementId: 'SPDXRef-Nothing',
      relationshipType: 'CONTAINS',
      relatedSpdxElement: 'SPDXRef-DOCUMENT'
    },
    {
      spdxElementId: 'SPDXRef-DOCUMENT',
      relationshipType: 'OTHER',
      relatedSpdxElement: 'SPDXRef-Gone'
    },
    {
      spdxElementId: 'SPDXRef-DOCUMENT',
      relationshipType: 'OTHER',
      relatedSpdxElement: 'NOASSERTION'
    },
    {
      spdxElementId: 'SPDXRef-DOCUMENT',
      relationshipType: 'OTHER',
      relatedSpdxElement: 'DocumentRef-other:SPDXRef-x'
    }
  )
  const n = document.relationships.length
  assert.deepEqual(problems(document), [
    {
      path: `/relationships/${n - 4}/spdxElementId`,
      message: `relationship ${n - 4} (CONTAINS) starts at SPDXRef-Nothing, which is not in the document`
    },
    {
      path: `/relationships/${n - 3}/relatedSpdxElement`,
      message: `relationship ${n - 3} (OTHER) ends at SPDXRef-Gone, which is not in the document`
    },
    {
      path: `/relationships/${n - 1}/relatedSpdxElement`,
      message: `relationship ${n - 1} (OTHER) ends at DocumentRef-other:SPDXRef-x, which is not in the document`
    }
  ])
  document['externalDocumentRefs'] = [
    {
      externalDocumentId: 'DocumentRef-other',
      spdxDocument: 'https://example.test/other',
      checksum: { algorithm: 'SHA1', checksumValue: 'a'.repeat(40) }
    }
  ]
  assert.equal(problems(document).length, 2)
})

test('DESCRIBES: a document of several packages that describes nothing; documentDescribes counts', () => {
  const document = spdx()
  document.relationships = document.relationships.filter(r => r['relationshipType'] !== 'DESCRIBES')
  assert.deepEqual(problems(document), [
    {
      path: '/relationships',
      message: 'the document DESCRIBES nothing (no DESCRIBES relationship) and has 6 packages'
    }
  ])
  document['documentDescribes'] = [document.packages[0]?.['SPDXID']]
  assert.deepEqual(problems(document), [])
  document['documentDescribes'] = ['SPDXRef-Missing']
  assert.deepEqual(problems(document), [
    {
      path: '/documentDescribes/0',
      message: 'documentDescribes names SPDXRef-Missing, which is not in the document'
    }
  ])
  // A document of one package needs no DESCRIBES (what it describes is plain).
  const single = spdx()
  single.packages = single.packages.slice(0, 1)
  single.relationships = []
  assert.deepEqual(problems(single), [])
  single.packages = []
  assert.deepEqual(problems(single), [
    {
      path: '/relationships',
      message: 'the document DESCRIBES nothing (no DESCRIBES relationship) and has 0 packages'
    }
  ])
})

test('dates are YYYY-MM-DDThh:mm:ssZ; licenseListVersion is major.minor', () => {
  const document = spdx()
  const creationInfo = document['creationInfo'] as Record<string, unknown>
  creationInfo['created'] = '2022-01-20T21:40:24.439211Z'
  creationInfo['licenseListVersion'] = '3'
  ;(document.packages[1] as Record<string, unknown>)['releaseDate'] = '2024-01-01'
  assert.deepEqual(problems(document), [
    {
      path: '/creationInfo/created',
      message: 'created 2022-01-20T21:40:24.439211Z is not YYYY-MM-DDThh:mm:ssZ'
    },
    {
      path: '/creationInfo/licenseListVersion',
      message: 'licenseListVersion 3 is not major.minor'
    },
    {
      path: '/packages/1/releaseDate',
      message: 'releaseDate 2024-01-01 is not YYYY-MM-DDThh:mm:ssZ'
    }
  ])
  creationInfo['created'] = '2022-01-20T21:40:24Z'
  creationInfo['licenseListVersion'] = '3.27'
  ;(document.packages[1] as Record<string, unknown>)['releaseDate'] = '2024-01-01T00:00:00Z'
  assert.deepEqual(problems(document), [])
})

test('filesAnalyzed false: no verification code, no licence info from files, no files', () => {
  const document = spdx()
  const pkg = document.packages[1] as Record<string, unknown>
  pkg['packageVerificationCode'] = { packageVerificationCodeValue: 'a'.repeat(40) }
  pkg['licenseInfoFromFiles'] = ['MIT']
  pkg['hasFiles'] = ['SPDXRef-DOCUMENT']
  assert.deepEqual(problems(document), [
    {
      path: '/packages/1/packageVerificationCode',
      message: 'filesAnalyzed is false but packageVerificationCode is present'
    },
    {
      path: '/packages/1/licenseInfoFromFiles',
      message: 'filesAnalyzed is false but licenseInfoFromFiles is present'
    },
    { path: '/packages/1/hasFiles', message: 'filesAnalyzed is false but the package has files' }
  ])
  // With files analysed the code is allowed, and must be 40 lower-case hex digits.
  pkg['filesAnalyzed'] = true
  delete pkg['hasFiles']
  assert.deepEqual(problems(document), [])
  pkg['packageVerificationCode'] = { packageVerificationCodeValue: 'A'.repeat(40) }
  assert.deepEqual(problems(document), [
    {
      path: '/packages/1/packageVerificationCode/packageVerificationCodeValue',
      message: `packageVerificationCodeValue ${'A'.repeat(40)} is not 40 lower-case hex digits`
    }
  ])
})

test('CycloneDX schema: serial number pattern, hash algorithm spelling, unknown keys, mixed licences', () => {
  const serial = cyclonedx()
  serial['serialNumber'] = 'urn:uuid:NOT-A-UUID'
  assert.deepEqual(problems(serial), [
    {
      path: '/serialNumber',
      message:
        'schema: /serialNumber must match pattern "^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"'
    }
  ])
  const hash = cyclonedx()
  const component = hash.components.find(c => Array.isArray(c['hashes'])) as Record<string, unknown>
  ;(component['hashes'] as Record<string, unknown>[])[0] = {
    alg: 'SHA256',
    content: 'a'.repeat(64)
  }
  assert.ok(
    problems(hash).some(
      p =>
        p.path.endsWith('/hashes/0/alg') &&
        p.message.includes('must be equal to one of the allowed values')
    ),
    JSON.stringify(problems(hash))
  )
  const extra = cyclonedx()
  extra['sbomFlavour'] = 'x'
  assert.deepEqual(problems(extra), [
    { path: '', message: 'schema: the document must NOT have additional properties (sbomFlavour)' }
  ])
  const mixed = cyclonedx()
  ;(mixed.components[0] as Record<string, unknown>)['licenses'] = [
    { license: { id: 'MIT' } },
    { expression: 'MIT OR Apache-2.0' }
  ]
  assert.ok(
    problems(mixed).some(p => /^\/components\/0\/licenses/.test(p.path)),
    JSON.stringify(problems(mixed))
  )
  const licenceId = cyclonedx()
  ;(licenceId.components[0] as Record<string, unknown>)['licenses'] = [
    { license: { id: 'Not-A-Licence' } }
  ]
  assert.ok(
    problems(licenceId).some(p => p.path === '/components/0/licenses/0/license/id'),
    JSON.stringify(problems(licenceId))
  )
})

test('files: each has a SHA1 checksum', () => {
  const document = spdx()
  const file = {
    SPDXID: 'SPDXRef-File-app',
    fileName: 'usr/local/bin/app',
    checksums: [{ algorithm: 'SHA256', checksumValue: 'a'.repeat(64) }]
  }
  document['files'] = [file]
  assert.deepEqual(problems(document), [
    { path: '/files/0/checksums', message: 'file usr/local/bin/app has no SHA1 checksum' }
  ])
  file.checksums.push({ algorithm: 'SHA1', checksumValue: 'b'.repeat(40) })
  assert.deepEqual(problems(document), [])
})

test('SPDX 2.2 documents are checked against the 2.2 schema (PACKAGE_MANAGER, no purpose)', () => {
  const document = spdx()
  document['spdxVersion'] = 'SPDX-2.2'
  const found = problems(document)
  assert.deepEqual(found[0], {
    path: '/packages/0',
    message: 'schema: /packages/0 must NOT have additional properties (primaryPackagePurpose)'
  })
  assert.deepEqual(found[1], {
    path: '/packages/1/externalRefs/0/referenceCategory',
    message:
      'schema: /packages/1/externalRefs/0/referenceCategory must be equal to one of the allowed values ("OTHER", "SECURITY", "PACKAGE_MANAGER")'
  })
  assert.equal(found.length, 6)
})

test('CycloneDX 1.7 BOMs are checked against the 1.7 schema', () => {
  const document = cyclonedx()
  document['specVersion'] = '1.7'
  document['$schema'] = 'http://cyclonedx.org/schema/bom-1.7.schema.json'
  assert.deepEqual(problems(document), [])
  document['serialNumber'] = 'urn:uuid:redacted'
  assert.deepEqual(
    problems(document).map(problem => problem.path),
    ['/serialNumber']
  )
})

test('other formats and versions are one problem saying so', () => {
  assert.deepEqual(problems([]), [{ path: '', message: 'the SBOM is not a JSON object' }])
  assert.deepEqual(problems({ name: 'x' }), [
    {
      path: '',
      message:
        'the document is neither SPDX JSON (spdxVersion and SPDXID) nor CycloneDX JSON (bomFormat and specVersion)'
    }
  ])
  assert.deepEqual(problems({ ...spdx(), spdxVersion: 'SPDX-2.1' }), [
    {
      path: '/spdxVersion',
      message: 'spdxVersion "SPDX-2.1" is not validated: this validates SPDX-2.2, SPDX-2.3'
    }
  ])
  assert.deepEqual(problems({ ...cyclonedx(), specVersion: '1.3' }), [
    {
      path: '/specVersion',
      message: 'CycloneDX specVersion "1.3" is not validated: this validates 1.6, 1.7'
    }
  ])
})

test(`at most ${MAX_PROBLEMS} problems are listed`, () => {
  const document = spdx()
  for (let i = 0; i < 500; i++)
    document.relationships.push({
      spdxElementId: `SPDXRef-x${i}`,
      relationshipType: 'OTHER',
      relatedSpdxElement: 'NONE'
    })
  assert.equal(problems(document).length, MAX_PROBLEMS)
})
