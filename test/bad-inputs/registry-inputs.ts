// The registry inputs both signing actions and verify share: the cases and the exemptions.
import type { BadInputCase } from './table.ts'

export const REGISTRY_EXEMPT: Record<string, string> = {
  'registry-password':
    'a secret: any text can be a password; its pairing with registry-username is the username case',
  'github-token': 'a secret: any text can be a token, and it is only ever sent to ghcr.io'
}

export const REGISTRY_CASES: BadInputCase[] = [
  {
    input: 'registry-username',
    inputs: { 'registry-username': 'octo:cat' },
    message: "Input 'registry-username' holds a colon or a line break"
  },
  {
    input: 'registry-username',
    inputs: { 'registry-password': '' },
    message: "Input 'registry-password' is missing"
  }
]

/** `input: yes` for each boolean input: the accepted spellings are named. */
export function booleanCases(inputs: string[]): BadInputCase[] {
  return inputs.map(input => ({
    input,
    inputs: { [input]: 'yes' },
    message: `Input '${input}' must be true or false`
  }))
}
