// Verification levels and their overrides (notation-go verifier/trustpolicy GetVerificationLevel).
import type { ValidationAction, ValidationType, VerificationLevelName } from './types.ts'

/** The checks in notation's order. */
const VALIDATION_TYPES: readonly ValidationType[] = [
  'integrity',
  'authenticity',
  'authenticTimestamp',
  'expiry',
  'revocation'
]

const ACTIONS: readonly ValidationAction[] = ['enforce', 'log', 'skip']

/** What each level does for each check (notary.md §3.1). */
export const LEVELS: Record<VerificationLevelName, Record<ValidationType, ValidationAction>> = {
  strict: {
    integrity: 'enforce',
    authenticity: 'enforce',
    authenticTimestamp: 'enforce',
    expiry: 'enforce',
    revocation: 'enforce'
  },
  permissive: {
    integrity: 'enforce',
    authenticity: 'enforce',
    authenticTimestamp: 'log',
    expiry: 'log',
    revocation: 'log'
  },
  audit: {
    integrity: 'enforce',
    authenticity: 'log',
    authenticTimestamp: 'log',
    expiry: 'log',
    revocation: 'log'
  },
  skip: {
    integrity: 'skip',
    authenticity: 'skip',
    authenticTimestamp: 'skip',
    expiry: 'skip',
    revocation: 'skip'
  }
}

/** Go's `%q` of a string slice: `["a" "b"]`. */
const goQuotedList = (values: readonly string[]): string =>
  `[${values.map(value => JSON.stringify(value)).join(' ')}]`

/** Options of {@link verificationActions}. */
export interface VerificationActionsOptions {
  /** The `level` as written. */
  level: string
  /** The `override` entries as written, in document order. */
  override: [string, string][]
}

/** The level and the action of every check; throws notation's message (an Error) when invalid. */
export function verificationActions(options: VerificationActionsOptions): {
  level: VerificationLevelName
  actions: Record<ValidationType, ValidationAction>
} {
  const { level, override } = options
  if (level === '') {
    throw new Error(
      'signature verification level is empty or missing in the trust policy statement'
    )
  }
  if (!Object.hasOwn(LEVELS, level)) {
    throw new Error(`invalid signature verification level ${JSON.stringify(level)}`)
  }
  const name = level as VerificationLevelName
  const actions = { ...LEVELS[name] }
  if (override.length === 0) return { level: name, actions }
  if (name === 'skip') {
    throw new Error(
      `signature verification level "skip" can't be used to customize signature verification`
    )
  }
  for (const [key, value] of override) {
    const type = VALIDATION_TYPES.find(candidate => candidate === key)
    if (!type) {
      throw new Error(
        `verification type ${JSON.stringify(key)} in custom signature verification is not supported, supported values are ${goQuotedList(VALIDATION_TYPES)}`
      )
    }
    const action = ACTIONS.find(candidate => candidate === value)
    if (!action) {
      throw new Error(
        `verification action ${JSON.stringify(value)} in custom signature verification is not supported, supported values are ${goQuotedList(ACTIONS)}`
      )
    }
    if (type === 'integrity') {
      throw new Error(
        `"integrity" verification can not be overridden in custom signature verification`
      )
    }
    if (type !== 'revocation' && action === 'skip') {
      throw new Error(
        `${JSON.stringify(type)} verification can not be skipped in custom signature verification`
      )
    }
    actions[type] = action
  }
  return { level: name, actions }
}
