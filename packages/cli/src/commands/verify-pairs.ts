import { UsageError } from './usage-error.ts'

/** A parseArgs token, as much of it as pairing reads. */
export type PairToken =
  | { kind: 'positional'; value: string }
  | { kind: 'option'; name: string; value?: string | undefined }
  | { kind: 'option-terminator' }

/** The options that name a file target's signatures. */
const SIGNATURE_OPTIONS = new Set(['bundle', 'signature'])

/**
 * The signature files of each target, in the targets' order (undefined: none named, so a
 * file's signatures are found beside it). With one target every --bundle and --signature is its
 * own, wherever it stands. With several, each --bundle or --signature belongs to the target
 * before it: `FILE --bundle B FILE2 --bundle B2` pairs FILE with B and FILE2 with B2, and one
 * standing before the first target is a usage error.
 */
export function pairSignatures(tokens: readonly PairToken[]): (string[] | undefined)[] {
  const targets = tokens.filter(token => token.kind === 'positional').length
  const paired: (string[] | undefined)[] = Array.from({ length: targets }, () => undefined)
  let current = targets === 1 ? 0 : -1
  for (const token of tokens) {
    if (token.kind === 'positional' && targets > 1) current++
    if (token.kind !== 'option' || !SIGNATURE_OPTIONS.has(token.name)) continue
    const value = token.value ?? ''
    if (current < 0) {
      throw new UsageError(
        `--${token.name} ${value} comes before any TARGET: with several targets, give each FILE's --bundle or --signature after it`
      )
    }
    ;(paired[current] ??= []).push(value)
  }
  return paired
}
