import { SPDX_ID_PATTERN } from '../spdx/spdx-ids.ts'
import {
  isObject,
  objectsField,
  stringField,
  stringsField,
  type JsonObject
} from '../read/json-fields.ts'
import type { SbomProblem } from './validate-sbom.ts'

/** Options of {@link spdxSpecProblems}. */
export interface SpdxSpecProblemsOptions {
  document: JsonObject
}

/**
 * The SPDX 2.2/2.3 rules the JSON schemas do not check (SPDX 2.3 §6.5, §7.2, §7.8–7.9, §11):
 * - documentNamespace is present, an absolute URI, without `#`;
 * - the document's SPDXID is `SPDXRef-DOCUMENT`; every element's SPDXID is `SPDXRef-` and
 *   letters, digits, `.` and `-`, and unique;
 * - both ends of every relationship (and every documentDescribes entry) exist in the document
 *   (`NONE`/`NOASSERTION` on the related side, `DocumentRef-…:` for declared external documents);
 * - the document DESCRIBES at least one element, unless it holds exactly one package and no files
 *   or snippets (as the SPDX project's validator has it);
 * - dates (`created`, a package's built/release/valid-until dates) are `YYYY-MM-DDThh:mm:ssZ`,
 *   and licenseListVersion is `major.minor`;
 * - every file has a SHA1 checksum (SPDX 2.3 §8.4);
 * - a package with `filesAnalyzed: false` has no packageVerificationCode, licenseInfoFromFiles
 *   or files; a verification code is 40 lower-case hex digits.
 */
export function spdxSpecProblems(options: SpdxSpecProblemsOptions): SbomProblem[] {
  const { document } = options
  const problems: SbomProblem[] = []
  const problem = (path: string, message: string): void => {
    problems.push({ path, message })
  }

  const namespace = stringField(document, 'documentNamespace')
  if (namespace === undefined) problem('/documentNamespace', 'documentNamespace is missing')
  else if (namespace.includes('#'))
    problem('/documentNamespace', `documentNamespace ${namespace} contains '#'`)
  else if (!isAbsoluteUri(namespace))
    problem('/documentNamespace', `documentNamespace ${namespace} is not an absolute URI`)

  if (document['SPDXID'] !== 'SPDXRef-DOCUMENT')
    problem(
      '/SPDXID',
      `the document's SPDXID ${JSON.stringify(document['SPDXID'])} is not SPDXRef-DOCUMENT`
    )

  const elements = new Set<string>(['SPDXRef-DOCUMENT'])
  for (const kind of ['packages', 'files', 'snippets'] as const) {
    objectsField(document, kind).forEach((element, index) => {
      const id = stringField(element, 'SPDXID')
      if (id === undefined) return
      const path = `/${kind}/${index}/SPDXID`
      if (!SPDX_ID_PATTERN.test(id))
        problem(path, `SPDXID ${id} is not SPDXRef- followed by letters, digits, '.' and '-' only`)
      if (elements.has(id)) problem(path, `SPDXID ${id} is not unique in the document`)
      elements.add(id)
    })
  }

  const externalDocuments = new Set(
    objectsField(document, 'externalDocumentRefs')
      .map(ref => stringField(ref, 'externalDocumentId'))
      .filter(id => id !== undefined)
  )
  const exists = (id: string, related: boolean): boolean => {
    if (elements.has(id)) return true
    if (related && (id === 'NONE' || id === 'NOASSERTION')) return true
    const external = /^(DocumentRef-[A-Za-z0-9.-]+):SPDXRef-[A-Za-z0-9.-]+$/.exec(id)
    return external !== null && externalDocuments.has(external[1] ?? '')
  }

  let describes = 0
  stringsField(document, 'documentDescribes').forEach((id, index) => {
    describes++
    if (!exists(id, false))
      problem(
        `/documentDescribes/${index}`,
        `documentDescribes names ${id}, which is not in the document`
      )
  })
  objectsField(document, 'relationships').forEach((relationship, index) => {
    const from = stringField(relationship, 'spdxElementId')
    const to = stringField(relationship, 'relatedSpdxElement')
    const type = stringField(relationship, 'relationshipType')
    if (from !== undefined && !exists(from, false))
      problem(
        `/relationships/${index}/spdxElementId`,
        `relationship ${index} (${type}) starts at ${from}, which is not in the document`
      )
    if (to !== undefined && !exists(to, true))
      problem(
        `/relationships/${index}/relatedSpdxElement`,
        `relationship ${index} (${type}) ends at ${to}, which is not in the document`
      )
    if (from === 'SPDXRef-DOCUMENT' && type === 'DESCRIBES') describes++
    if (to === 'SPDXRef-DOCUMENT' && type === 'DESCRIBED_BY') describes++
  })
  const packageCount = objectsField(document, 'packages').length
  const onlyOnePackage =
    packageCount === 1 &&
    objectsField(document, 'files').length === 0 &&
    objectsField(document, 'snippets').length === 0
  if (describes === 0 && !onlyOnePackage)
    problem(
      '/relationships',
      `the document DESCRIBES nothing (no DESCRIBES relationship) and has ${packageCount} packages`
    )

  const creationInfo = document['creationInfo']
  if (isObject(creationInfo)) {
    const created = creationInfo['created']
    if (typeof created === 'string' && !SPDX_DATE.test(created))
      problem('/creationInfo/created', `created ${created} is not YYYY-MM-DDThh:mm:ssZ`)
    const listVersion = creationInfo['licenseListVersion']
    if (typeof listVersion === 'string' && !/^\d+\.\d+$/.test(listVersion))
      problem(
        '/creationInfo/licenseListVersion',
        `licenseListVersion ${listVersion} is not major.minor`
      )
  }

  objectsField(document, 'files').forEach((file, index) => {
    const sha1 = objectsField(file, 'checksums').some(
      checksum => stringField(checksum, 'algorithm') === 'SHA1'
    )
    if (!sha1)
      problem(
        `/files/${index}/checksums`,
        `file ${stringField(file, 'fileName') ?? index} has no SHA1 checksum`
      )
  })

  objectsField(document, 'packages').forEach((pkg, index) => {
    const code = pkg['packageVerificationCode']
    const path = `/packages/${index}`
    for (const field of ['builtDate', 'releaseDate', 'validUntilDate']) {
      const date = pkg[field]
      if (typeof date === 'string' && !SPDX_DATE.test(date))
        problem(`${path}/${field}`, `${field} ${date} is not YYYY-MM-DDThh:mm:ssZ`)
    }
    if (pkg['filesAnalyzed'] === false) {
      if (code !== undefined)
        problem(
          `${path}/packageVerificationCode`,
          'filesAnalyzed is false but packageVerificationCode is present'
        )
      if (pkg['licenseInfoFromFiles'] !== undefined)
        problem(
          `${path}/licenseInfoFromFiles`,
          'filesAnalyzed is false but licenseInfoFromFiles is present'
        )
      if (stringsField(pkg, 'hasFiles').length > 0)
        problem(`${path}/hasFiles`, 'filesAnalyzed is false but the package has files')
    }
    if (code !== undefined && typeof code === 'object' && code !== null) {
      const value = stringField(code as JsonObject, 'packageVerificationCodeValue')
      if (value !== undefined && !/^[0-9a-f]{40}$/.test(value))
        problem(
          `${path}/packageVerificationCode/packageVerificationCodeValue`,
          `packageVerificationCodeValue ${value} is not 40 lower-case hex digits`
        )
    }
  })
  return problems
}

/** SPDX's date and time: UTC, to the second (SPDX 2.3 §6.9). */
const SPDX_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/

/** An absolute URI: a scheme (RFC 3986 §3.1), then something after it. */
function isAbsoluteUri(text: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/.test(text)) return false
  try {
    new URL(text)
    return true
  } catch {
    return false
  }
}
