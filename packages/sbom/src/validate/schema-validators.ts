import { Ajv, type ValidateFunction } from 'ajv'
import ajvFormats from 'ajv-formats'
import bom16 from '../../schemas/cyclonedx/bom-1.6.SNAPSHOT.schema.json' with { type: 'json' }
import bom17 from '../../schemas/cyclonedx/bom-1.7.SNAPSHOT.schema.json' with { type: 'json' }
import cryptographyDefs from '../../schemas/cyclonedx/cryptography-defs.SNAPSHOT.schema.json' with { type: 'json' }
import jsf082 from '../../schemas/cyclonedx/jsf-0.82.SNAPSHOT.schema.json' with { type: 'json' }
import spdxLicenses from '../../schemas/cyclonedx/spdx.SNAPSHOT.schema.json' with { type: 'json' }
import spdx22 from '../../schemas/spdx-2.2/spdx-schema.json' with { type: 'json' }
import spdx23 from '../../schemas/spdx-2.3/spdx-schema.json' with { type: 'json' }

/**
 * The official JSON schemas (schemas/SOURCES.md), compiled on first use, once per process, with
 * ajv (draft-07, `strict: false`: the SPDX schemas put `description` beside `$ref`). They are
 * imported as JSON modules, so a bundle carries them; nothing is fetched.
 */

/** The SPDX versions validated against their schema. */
export const SPDX_SCHEMA_VERSIONS = ['SPDX-2.2', 'SPDX-2.3'] as const
/** The CycloneDX versions validated against their schema. */
export const CYCLONEDX_SCHEMA_VERSIONS = ['1.6', '1.7'] as const

const CYCLONEDX_BASE = 'http://cyclonedx.org/schema/'

function ajv(): Ajv {
  const instance = new Ajv({
    strict: false,
    allErrors: true,
    useDefaults: false,
    addUsedSchema: false,
    logger: false,
    loadSchema: uri => Promise.reject(new Error(`remote schemas are not loaded: ${uri}`))
  })
  ajvFormats.default(instance)
  // Formats ajv-formats lacks, as the CycloneDX JavaScript library defines them.
  instance.addFormat('iri-reference', true)
  instance.addFormat('idn-email', /^[^\s@]+@[^\s@]+$/u)
  return instance
}

/** A CycloneDX bom schema with the schemas it references, under the names it uses for them. */
function cyclonedx(schema: object): ValidateFunction {
  const instance = ajv()
  instance.addSchema(spdxLicenses, `${CYCLONEDX_BASE}spdx.SNAPSHOT.schema.json`)
  instance.addSchema(jsf082, `${CYCLONEDX_BASE}jsf-0.82.SNAPSHOT.schema.json`)
  instance.addSchema(cryptographyDefs, `${CYCLONEDX_BASE}cryptography-defs.SNAPSHOT.schema.json`)
  return instance.compile(schema)
}

const compiled = new Map<string, ValidateFunction>()

const SCHEMAS: Record<string, () => ValidateFunction> = {
  'SPDX-2.2': () => ajv().compile(spdx22),
  'SPDX-2.3': () => ajv().compile(spdx23),
  'CycloneDX-1.6': () => cyclonedx(bom16),
  'CycloneDX-1.7': () => cyclonedx(bom17)
}

/** The validator of `SPDX-2.3`, `CycloneDX-1.6`, …; undefined for a version without a schema here. */
export function schemaValidator(version: string): ValidateFunction | undefined {
  const make = Object.hasOwn(SCHEMAS, version) ? SCHEMAS[version] : undefined
  if (make === undefined) return undefined
  let validate = compiled.get(version)
  if (validate === undefined) {
    validate = make()
    compiled.set(version, validate)
  }
  return validate
}
