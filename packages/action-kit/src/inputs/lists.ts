import { readInput } from './input-error.ts'

/** How a list input is split: by newlines and commas (default), or by newlines only. */
export type ListSeparator = 'newline-or-comma' | 'newline'

/**
 * Input `name` as a list: split on newlines and commas (or on newlines only, for values that may
 * contain commas), each item trimmed, empty items dropped; [] when unset.
 */
export function listInput(name: string, options: { separator?: ListSeparator } = {}): string[] {
  const pattern = options.separator === 'newline' ? /\r?\n/ : /\r?\n|,/
  return (readInput(name) ?? '')
    .split(pattern)
    .map(item => item.trim())
    .filter(item => item !== '')
}

/** Input `name` as its non-empty lines, each trimmed (core.getMultilineInput without blank lines). */
export function multilineInput(name: string): string[] {
  return listInput(name, { separator: 'newline' })
}
