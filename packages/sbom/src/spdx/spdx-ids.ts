/**
 * SPDX identifiers: `SPDXRef-` then letters, digits, `.` and `-` only (SPDX 2.3 §7.2), unique
 * within the document. Names are sanitised as syft does (every other character becomes `-`).
 */

/** The characters an SPDXID may hold after `SPDXRef-`. */
export const SPDX_ID_PATTERN = /^SPDXRef-[A-Za-z0-9.-]+$/

/** `text` with every character outside `[A-Za-z0-9.-]` replaced by `-`. */
export function sanitizeSpdxIdPart(text: string): string {
  return text.replace(/[^A-Za-z0-9.-]/g, '-')
}

/** Hands out SPDXIDs, each once: a second identical candidate gets `-2`, `-3`, … appended. */
export class SpdxIdAllocator {
  readonly #used = new Set<string>(['SPDXRef-DOCUMENT'])

  allocate(candidate: string): string {
    const base = `SPDXRef-${sanitizeSpdxIdPart(candidate)}`
    let id = base
    for (let n = 2; this.#used.has(id); n++) id = `${base}-${n}`
    this.#used.add(id)
    return id
  }
}
