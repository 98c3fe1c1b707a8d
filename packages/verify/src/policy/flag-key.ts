import type { PolicyFlags } from './types.ts'

/** The PolicyFlags property of a kebab-case flag or input name: `tuf-mirror` → `tufMirror`. */
export function policyFlagKey(name: string): keyof PolicyFlags {
  return name.replace(/-([a-z])/gu, (_, c: string) => c.toUpperCase()) as keyof PolicyFlags
}
