import type { InTotoStatement } from '../signer/bundle-signer.ts'
import { SigstoreError } from '../errors.ts'
import { COSIGN_SIGN_PREDICATE_TYPE } from './formats.ts'

/** Options of cosignSignStatement. */
export interface CosignSignStatementOptions {
  /** The image manifest digest, `sha256:<64 hex>`. */
  digest: string
  /** `cosign sign -a key=value` annotations, carried on the subject. */
  annotations?: Record<string, string>
}

const SHA256_DIGEST = /^sha256:([0-9a-f]{64})$/

/**
 * The in-toto statement `cosign sign` (v3, new bundle format) signs for an image. Matched to
 * cosign's `signDigestBundle` (cmd/cosign/cli/sign/sign.go), which protojson-marshals
 * `intotov1.Statement{Type: StatementTypeUri, Subject: [{Digest: {sha256: hex}, Annotations:
 * structpb.NewStruct(annotations)}], PredicateType: CosignSignPredicateType, Predicate:
 * &structpb.Struct{}}`. So, in proto field order: `_type`, then one subject with **no name**
 * (protojson omits the empty string) whose `annotations` is always present (`{}` without `-a`),
 * then `predicateType`, then the empty predicate `{}`. cosign verify only compares the subject
 * digest with the image digest; the bytes need not be identical (protojson itself varies spaces).
 */
export function cosignSignStatement(options: CosignSignStatementOptions): InTotoStatement {
  const hex = SHA256_DIGEST.exec(options.digest)?.[1]
  if (!hex) {
    throw new SigstoreError({
      code: 'INVALID_INPUT',
      message: `image digest "${options.digest}" is not sha256:<64 lowercase hex>; pass the digest the image resolved to`
    })
  }
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ digest: { sha256: hex }, annotations: { ...options.annotations } }],
    predicateType: COSIGN_SIGN_PREDICATE_TYPE,
    predicate: {}
  }
}
