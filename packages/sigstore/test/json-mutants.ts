// Deterministic (seeded) mutants of a JSON document for the mutation tests: structure changes
// (delete a key, replace a value with null, a number, an array, an object or a string,
// duplicate an array entry, swap two fields), byte flips and truncation inside base64 fields,
// base64 re-encodings (URL-safe, unpadded) and mutations of JSON carried inside base64.
// Each mutant names what was done, so a failing one can be printed and reproduced.

/** A seeded PRNG (mulberry32): the same seed gives the same mutants on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** One mutant: the changed document and what was changed. */
export interface JsonMutant {
  what: string
  json: unknown
}

type Path = (string | number)[]

const show = (path: Path): string =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('')

/** Every path in the document (objects, arrays and leaves), the root excluded. */
export function allPaths(node: unknown, path: Path = []): Path[] {
  if (typeof node !== 'object' || node === null) return []
  const entries: [string | number, unknown][] = Array.isArray(node)
    ? node.map((value, index) => [index, value])
    : Object.entries(node)
  return entries.flatMap(([key, value]) => [[...path, key], ...allPaths(value, [...path, key])])
}

function getAt(node: unknown, path: Path): unknown {
  return path.reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], node)
}

function parentOf(root: unknown, path: Path): [Record<string | number, unknown>, string | number] {
  return [
    getAt(root, path.slice(0, -1)) as Record<string | number, unknown>,
    path.at(-1) as string | number
  ]
}

const BASE64 = /^[A-Za-z0-9+/]{16,}={0,2}$/u

/** Options of {@link jsonMutants}. */
export interface JsonMutantsOptions {
  json: unknown
  count: number
  seed: number
  /** Base64 fields whose decoded bytes are JSON (DSSE payload, tlog bodies, JWS parts). */
  nestedJson?: (path: string) => boolean
  /** How a base64 field is written: standard with padding (default) or base64url unpadded. */
  base64url?: (path: string) => boolean
}

/** `count` mutants of `json`, chosen by `seed`. */
export function jsonMutants(options: JsonMutantsOptions): JsonMutant[] {
  const random = seededRandom(options.seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const paths = allPaths(options.json)
  const out: JsonMutant[] = []
  while (out.length < options.count) {
    const json = structuredClone(options.json)
    const path = pick(paths)
    const [parent, key] = parentOf(json, path)
    const value = parent[key]
    const where = show(path)
    const url = options.base64url?.(where) ?? false
    const encode = (bytes: Buffer): string => bytes.toString(url ? 'base64url' : 'base64')
    const isB64 = typeof value === 'string' && (url ? /^[A-Za-z0-9_-]{16,}$/u : BASE64).test(value)
    const operation = isB64 && random() < 0.6 ? pick(BYTES_OPS) : pick(STRUCTURE_OPS)
    let what = `${operation} ${where}`
    switch (operation) {
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1)
        else delete parent[key]
        break
      case 'null':
        parent[key] = null
        break
      case 'number':
        parent[key] = pick([0, -1, 1.5, 2 ** 64, 1e308, Number.MAX_SAFE_INTEGER + 2])
        what += ` = ${String(parent[key])}`
        break
      case 'array':
        parent[key] = pick([[], [value], [null]])
        what += ` = ${JSON.stringify(parent[key])?.slice(0, 40)}`
        break
      case 'object':
        parent[key] = pick([{}, { value }])
        break
      case 'string':
        parent[key] = pick(['', 'x', '0', 'null', `${String(value)}x`])
        what += ` = ${JSON.stringify(parent[key])?.slice(0, 40)}`
        break
      case 'duplicate': {
        const list = Array.isArray(value) ? value : Array.isArray(parent) ? parent : undefined
        if (!list || list.length === 0) continue
        list.push(structuredClone(list[Math.floor(random() * list.length)]))
        break
      }
      case 'swap': {
        const siblings = Object.keys(parent).filter(name => name !== String(key))
        if (siblings.length === 0) continue
        const other = pick(siblings)
        ;[parent[key], parent[other]] = [parent[other], value]
        what += ` with ${other}`
        break
      }
      case 'flip': {
        const bytes = Buffer.from(value as string, url ? 'base64url' : 'base64')
        const at = Math.floor(random() * bytes.length)
        const bit = 1 << Math.floor(random() * 8)
        bytes[at] = (bytes[at] as number) ^ bit
        parent[key] = encode(bytes)
        what += ` byte ${at} ^ 0x${bit.toString(16)}`
        break
      }
      case 'truncate': {
        const bytes = Buffer.from(value as string, url ? 'base64url' : 'base64')
        const length = Math.floor(random() * bytes.length)
        parent[key] = encode(bytes.subarray(0, length))
        what += ` to ${length} of ${bytes.length} bytes`
        break
      }
      case 'append': {
        const bytes = Buffer.from(value as string, url ? 'base64url' : 'base64')
        parent[key] = encode(Buffer.concat([bytes, Buffer.from([Math.floor(random() * 256)])]))
        break
      }
      case 're-encode': {
        const bytes = Buffer.from(value as string, url ? 'base64url' : 'base64')
        parent[key] = url
          ? bytes.toString('base64')
          : pick([bytes.toString('base64url'), (value as string).replace(/=+$/u, '')])
        what += url ? ' as padded standard base64' : ' as URL-safe or unpadded base64'
        break
      }
      case 'bad base64':
        parent[key] =
          `${(value as string).slice(0, 8)}${pick(['!', ' ', '.', '\u00e9'])}${(value as string).slice(9)}`
        break
      case 'nested': {
        if (!options.nestedJson?.(where)) continue
        const text = Buffer.from(value as string, url ? 'base64url' : 'base64').toString('utf8')
        let inner: unknown
        try {
          inner = JSON.parse(text)
        } catch {
          continue
        }
        const [mutant] = jsonMutants({
          json: inner,
          count: 1,
          seed: Math.floor(random() * 2 ** 31)
        })
        if (!mutant) continue
        parent[key] = encode(Buffer.from(JSON.stringify(mutant.json)))
        what += `: ${mutant.what}`
        break
      }
    }
    out.push({ what, json })
  }
  return out
}

const STRUCTURE_OPS = [
  'delete',
  'null',
  'number',
  'array',
  'object',
  'string',
  'duplicate',
  'swap'
] as const
const BYTES_OPS = [
  'flip',
  'flip',
  'truncate',
  'append',
  're-encode',
  'bad base64',
  'nested',
  'nested'
] as const
