import type { ErrorObject, ValidateFunction } from 'ajv'
import { isObject, type JsonObject } from '../read/json-fields.ts'
import {
  CYCLONEDX_SCHEMA_VERSIONS,
  SPDX_SCHEMA_VERSIONS,
  schemaValidator
} from './schema-validators.ts'
import { spdxSpecProblems } from './spdx-spec-rules.ts'

/** One reason a document is invalid: where (a JSON pointer into the document) and what. */
export interface SbomProblem {
  /** JSON pointer (`/packages/0/SPDXID`), `` for the document itself. */
  path: string
  message: string
}

/** Options of {@link validateSbom}. */
export interface ValidateSbomOptions {
  /** A parsed SPDX or CycloneDX JSON document. */
  document: unknown
}

/** At most this many problems are listed (a broken document can have thousands). */
export const MAX_PROBLEMS = 100

/**
 * The problems of an SPDX 2.2/2.3 or CycloneDX 1.6/1.7 JSON document (empty: valid): the
 * official schema's, then for SPDX the rules the schema does not check (documentNamespace,
 * SPDXIDs, relationship endpoints, DESCRIBES, dates, filesAnalyzed and the verification code).
 * Other formats and versions are one problem saying so.
 */
export function validateSbom(options: ValidateSbomOptions): SbomProblem[] {
  const { document } = options
  if (!isObject(document)) return [{ path: '', message: 'the SBOM is not a JSON object' }]
  if (document['spdxVersion'] !== undefined && document['SPDXID'] !== undefined) {
    const version = document['spdxVersion']
    const validate = typeof version === 'string' ? schemaValidator(version) : undefined
    if (validate === undefined)
      return [
        {
          path: '/spdxVersion',
          message: `spdxVersion ${JSON.stringify(version)} is not validated: this validates ${SPDX_SCHEMA_VERSIONS.join(', ')}`
        }
      ]
    return [...schemaProblems(validate, document), ...spdxSpecProblems({ document })].slice(
      0,
      MAX_PROBLEMS
    )
  }
  if (document['bomFormat'] !== undefined && document['specVersion'] !== undefined) {
    const version = document['specVersion']
    const validate =
      typeof version === 'string' ? schemaValidator(`CycloneDX-${version}`) : undefined
    if (validate === undefined)
      return [
        {
          path: '/specVersion',
          message: `CycloneDX specVersion ${JSON.stringify(version)} is not validated: this validates ${CYCLONEDX_SCHEMA_VERSIONS.join(', ')}`
        }
      ]
    return schemaProblems(validate, document).slice(0, MAX_PROBLEMS)
  }
  return [
    {
      path: '',
      message:
        'the document is neither SPDX JSON (spdxVersion and SPDXID) nor CycloneDX JSON (bomFormat and specVersion)'
    }
  ]
}

function schemaProblems(validate: ValidateFunction, document: JsonObject): SbomProblem[] {
  if (validate(document)) return []
  return (validate.errors ?? []).map(error => ({
    path: error.instancePath,
    message: `schema: ${error.instancePath === '' ? 'the document' : error.instancePath} ${error.message ?? 'is invalid'}${describeParams(error)}`
  }))
}

function describeParams(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>
  if (error.keyword === 'enum' && Array.isArray(params['allowedValues']))
    return ` (${params['allowedValues'].map(value => JSON.stringify(value)).join(', ')})`
  if (error.keyword === 'additionalProperties' && typeof params['additionalProperty'] === 'string')
    return ` (${params['additionalProperty']})`
  return ''
}
