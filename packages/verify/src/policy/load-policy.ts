import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { parse as parseYaml, YAMLParseError } from 'yaml'
import { VerifyError } from '../errors.ts'
import { parsePolicy } from './parse-policy.ts'
import { readSignerKeys } from './read-keys.ts'
import type { VerificationPolicy } from './types.ts'

/** Options of {@link loadPolicy}. */
export interface LoadPolicyOptions {
  /** A policy file, YAML or JSON. Relative paths inside it are taken from its directory. */
  path: string
}

/** Reads, validates and normalises a policy file (VerifyError INVALID_POLICY / INVALID_INPUT). */
export async function loadPolicy(options: LoadPolicyOptions): Promise<VerificationPolicy> {
  const path = resolve(options.path)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (cause) {
    throw new VerifyError({
      code: 'INVALID_INPUT',
      cause,
      message: `cannot read the policy file ${options.path} (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message})`
    })
  }
  return policyFromText({ text, source: options.path, baseDir: dirname(path) })
}

/** Options of {@link policyFromText}. */
export interface PolicyFromTextOptions {
  /** YAML or JSON text. */
  text: string
  source: string
  baseDir: string
}

/** Parses policy text (YAML 1.2, which JSON is a subset of) and validates it. */
export async function policyFromText(options: PolicyFromTextOptions): Promise<VerificationPolicy> {
  const { source } = options
  let document: unknown
  try {
    document = parseYaml(options.text, { uniqueKeys: true, maxAliasCount: 100 }) as unknown
  } catch (cause) {
    const where =
      cause instanceof YAMLParseError && cause.linePos !== undefined
        ? ` (line ${cause.linePos[0].line}, column ${cause.linePos[0].col})`
        : ''
    throw new VerifyError({
      code: 'INVALID_POLICY',
      cause,
      message: `policy ${source} is not valid YAML or JSON${where}: ${(cause as Error).message.split('\n')[0] ?? ''}`
    })
  }
  const parsed = parsePolicy({ document, source, baseDir: options.baseDir })
  return { ...parsed, signers: await readSignerKeys({ signers: parsed.signers, source }) }
}
