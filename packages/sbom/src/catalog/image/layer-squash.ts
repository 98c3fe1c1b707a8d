import { posix } from 'node:path'

/** The whiteout prefix: `.wh.<name>` deletes `<name>` from lower layers. */
const WHITEOUT = '.wh.'
/** In a directory, hides every lower-layer child of that directory. */
const OPAQUE = '.wh..wh..opq'

/** What a layer entry means for the squashed filesystem. */
export type SquashEntry =
  | { kind: 'whiteout'; path: string }
  | { kind: 'opaque'; directory: string }
  | { kind: 'directory'; path: string }
  | { kind: 'other'; path: string }

/** Classifies a cleaned member path: whiteouts and opaque markers, or a real entry. */
export function squashEntry(options: { path: string; directory: boolean }): SquashEntry {
  const base = posix.basename(options.path)
  const parent = posix.dirname(options.path)
  if (base === OPAQUE) return { kind: 'opaque', directory: parent }
  if (base.startsWith(WHITEOUT)) {
    return { kind: 'whiteout', path: posix.join(parent, base.slice(WHITEOUT.length)) }
  }
  return options.directory
    ? { kind: 'directory', path: options.path }
    : { kind: 'other', path: options.path }
}

/**
 * The squashed view of an image's layers, read top-down (highest layer first): a path's final
 * content is in the highest layer that has it, unless an upper layer deleted it (`.wh.<name>`),
 * made its directory opaque (`.wh..wh..opq`: every lower child hidden), or replaced one of its
 * ancestors with a non-directory. What a layer marks applies to the layers below it only (a
 * whiteout never hides its own layer's files), so each layer's marks are merged when it ends.
 * Memory: one string per path of the image (bounded by the per-layer entry limit).
 */
export class TopDownSquash {
  /** Paths an upper layer has an entry for: their lower versions are hidden. */
  readonly #claimed = new Set<string>()
  /** Paths whose whole subtree is hidden below: whiteouts and upper non-directories. */
  readonly #hiddenTrees = new Set<string>()
  /** Directories whose lower children are hidden. */
  readonly #opaque = new Set<string>()
  #layerClaimed: string[] = []
  #layerHidden: string[] = []
  #layerOpaque: string[] = []

  /** Whether a real entry at `path` in the current layer is part of the final filesystem. */
  visible(path: string): boolean {
    if (this.#claimed.has(path) || this.#hiddenTrees.has(path)) return false
    let ancestor = path
    while (ancestor !== '/') {
      ancestor = posix.dirname(ancestor)
      if (this.#opaque.has(ancestor) || this.#hiddenTrees.has(ancestor)) return false
    }
    return true
  }

  /** Notes a current-layer entry (it takes effect for the layers below once the layer ends). */
  record(entry: SquashEntry): void {
    switch (entry.kind) {
      case 'whiteout':
        this.#layerHidden.push(entry.path)
        break
      case 'opaque':
        this.#layerOpaque.push(entry.directory)
        break
      case 'directory':
        this.#layerClaimed.push(entry.path)
        break
      case 'other':
        this.#layerClaimed.push(entry.path)
        this.#layerHidden.push(entry.path)
        break
    }
  }

  /** Ends the current layer: its entries and marks now hide what the lower layers hold. */
  endLayer(): void {
    for (const path of this.#layerClaimed) this.#claimed.add(path)
    for (const path of this.#layerHidden) this.#hiddenTrees.add(path)
    for (const path of this.#layerOpaque) this.#opaque.add(path)
    this.#layerClaimed = []
    this.#layerHidden = []
    this.#layerOpaque = []
  }
}
