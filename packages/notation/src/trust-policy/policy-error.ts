import { NotationError } from '../errors.ts'

/** notation's tutorial link, quoted by its trust policy messages. */
export const TRUST_POLICY_LINK = 'https://notaryproject.dev/docs/quickstart/#create-a-trust-policy'

/** The INVALID_TRUST_POLICY error of a document: `<source>: <notation's message>`. */
export function policyError(source: string, message: string, cause?: unknown): NotationError {
  return new NotationError({
    code: 'INVALID_TRUST_POLICY',
    message: `${source}: ${message}`,
    cause
  })
}
