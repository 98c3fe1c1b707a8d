// What the attestations API checks in `{"bundle": …}` before it stores an attestation: a Sigstore
// bundle (v0.2 or v0.3 media type) whose DSSE envelope carries an in-toto statement with sha256
// subjects, and verification material. Each problem becomes one entry of the 422's `errors`.

/** The bundle media types the API takes (v0.3 is what actions/attest writes). */
export const ATTESTATION_BUNDLE_MEDIA_TYPES = [
  'application/vnd.dev.sigstore.bundle.v0.3+json',
  'application/vnd.dev.sigstore.bundle+json;version=0.3',
  'application/vnd.dev.sigstore.bundle+json;version=0.2'
] as const

/** The DSSE payload type of an in-toto statement. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'

/** One entry of a 422's `errors`, as GitHub writes them (`code` from its documented list). */
export interface GithubValidationError {
  resource: string
  field: string
  code: 'missing' | 'missing_field' | 'invalid' | 'unprocessable'
  message: string
}

/** What a stored attestation is listed by: its subjects' sha256 digests and predicate type. */
export interface AttestationIndex {
  /** `sha256:<hex>` of each subject. */
  subjectDigests: string[]
  predicateType: string
}

export type BundleCheck =
  { ok: true; index: AttestationIndex } | { ok: false; errors: GithubValidationError[] }

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const SHA256_HEX = /^[0-9a-f]{64}$/

/** Checks a create request's body; the index when it may be stored, else the 422's errors. */
export function checkAttestationBody(body: unknown): BundleCheck {
  const errors: GithubValidationError[] = []
  const fail = (
    field: string,
    code: GithubValidationError['code'],
    message: string
  ): BundleCheck => {
    errors.push({ resource: 'Attestation', field, code, message })
    return { ok: false, errors }
  }
  if (!isObject(body)) return fail('bundle', 'missing_field', 'the body must be {"bundle": …}')
  const bundle = body['bundle']
  if (bundle === undefined) return fail('bundle', 'missing_field', 'bundle is required')
  if (!isObject(bundle)) return fail('bundle', 'invalid', 'bundle must be a Sigstore bundle object')

  const mediaType = bundle['mediaType']
  if (
    typeof mediaType !== 'string' ||
    !(ATTESTATION_BUNDLE_MEDIA_TYPES as readonly string[]).includes(mediaType)
  ) {
    errors.push({
      resource: 'Attestation',
      field: 'bundle.mediaType',
      code: 'invalid',
      message: `mediaType must be one of ${ATTESTATION_BUNDLE_MEDIA_TYPES.join(', ')}`
    })
  }
  const material = bundle['verificationMaterial']
  if (
    !isObject(material) ||
    !isObject(material['certificate'] ?? material['x509CertificateChain'] ?? material['publicKey'])
  ) {
    errors.push({
      resource: 'Attestation',
      field: 'bundle.verificationMaterial',
      code: 'missing_field',
      message:
        'verificationMaterial with a certificate, certificate chain or public key is required'
    })
  }
  const envelope = bundle['dsseEnvelope']
  if (!isObject(envelope)) {
    errors.push({
      resource: 'Attestation',
      field: 'bundle.dsseEnvelope',
      code: 'missing_field',
      message: 'an attestation is a DSSE envelope; a message signature cannot be stored'
    })
    return { ok: false, errors }
  }
  const index = statementIndex(envelope, errors)
  return errors.length === 0 && index !== undefined ? { ok: true, index } : { ok: false, errors }
}

/** The envelope's in-toto statement, indexed; problems are added to `errors`. */
function statementIndex(
  envelope: Record<string, unknown>,
  errors: GithubValidationError[]
): AttestationIndex | undefined {
  const problem = (field: string, message: string): undefined => {
    errors.push({ resource: 'Attestation', field, code: 'invalid', message })
    return undefined
  }
  if (envelope['payloadType'] !== IN_TOTO_PAYLOAD_TYPE) {
    return problem('bundle.dsseEnvelope.payloadType', `payloadType must be ${IN_TOTO_PAYLOAD_TYPE}`)
  }
  const signatures = envelope['signatures']
  if (!Array.isArray(signatures) || signatures.length === 0) {
    return problem('bundle.dsseEnvelope.signatures', 'the envelope carries no signature')
  }
  const payload = envelope['payload']
  if (typeof payload !== 'string' || payload === '') {
    return problem('bundle.dsseEnvelope.payload', 'payload must be base64 text')
  }
  let statement: unknown
  try {
    statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'))
  } catch {
    return problem('bundle.dsseEnvelope.payload', 'payload is not an in-toto statement (JSON)')
  }
  if (!isObject(statement) || typeof statement['_type'] !== 'string') {
    return problem('bundle.dsseEnvelope.payload', 'payload is not an in-toto statement')
  }
  const predicateType = statement['predicateType']
  if (typeof predicateType !== 'string' || predicateType === '') {
    return problem('bundle.dsseEnvelope.payload', 'the statement has no predicateType')
  }
  const subjects = statement['subject']
  if (!Array.isArray(subjects) || subjects.length === 0) {
    return problem('bundle.dsseEnvelope.payload', 'the statement has no subject')
  }
  const subjectDigests: string[] = []
  for (const subject of subjects) {
    const digest = isObject(subject) ? subject['digest'] : undefined
    const sha256 = isObject(digest) ? digest['sha256'] : undefined
    if (typeof sha256 !== 'string' || !SHA256_HEX.test(sha256)) {
      return problem('bundle.dsseEnvelope.payload', 'every subject needs a sha256 digest (64 hex)')
    }
    subjectDigests.push(`sha256:${sha256}`)
  }
  return { subjectDigests, predicateType }
}
