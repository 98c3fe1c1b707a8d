/**
 * Go string literals as `strconv.Quote` writes them into build settings: `"…"` with Go escapes,
 * or a raw `` `…` `` string. Escapes produce bytes (a `\xff` stays one byte); the result is decoded
 * as UTF-8, invalid sequences becoming U+FFFD.
 */

const SIMPLE: Record<string, number> = {
  a: 0x07,
  b: 0x08,
  f: 0x0c,
  n: 0x0a,
  r: 0x0d,
  t: 0x09,
  v: 0x0b,
  '\\': 0x5c,
  '"': 0x22
}

/** The length of the quoted literal at the start of `text` (Go's `strconv.QuotedPrefix`), or undefined. */
export function quotedPrefixLength(text: string): number | undefined {
  const quote = text[0]
  if (quote === '`') {
    const end = text.indexOf('`', 1)
    return end < 0 ? undefined : end + 1
  }
  if (quote !== '"') return undefined
  for (let index = 1; index < text.length; index++) {
    const char = text[index]
    if (char === '\n') return undefined
    if (char === '\\') {
      index++
      continue
    }
    if (char === '"')
      return unquoteGo(text.slice(0, index + 1)) === undefined ? undefined : index + 1
  }
  return undefined
}

/** The value of one whole Go string literal (Go's `strconv.Unquote` for strings), or undefined if invalid. */
export function unquoteGo(literal: string): string | undefined {
  if (literal.length < 2) return undefined
  const quote = literal[0]
  if (quote === '`') {
    if (literal[literal.length - 1] !== '`') return undefined
    const body = literal.slice(1, -1)
    if (body.includes('`')) return undefined
    return body.replaceAll('\r', '')
  }
  if (quote !== '"' || literal[literal.length - 1] !== '"') return undefined
  const body = literal.slice(1, -1)
  const bytes: number[] = []
  for (let index = 0; index < body.length;) {
    const char = body[index] ?? ''
    if (char === '"' || char === '\n') return undefined
    if (char !== '\\') {
      const code = body.codePointAt(index) ?? 0
      const width = code > 0xffff ? 2 : 1
      bytes.push(...Buffer.from(body.slice(index, index + width), 'utf8'))
      index += width
      continue
    }
    const kind = body[index + 1]
    if (kind === undefined) return undefined
    const simple = SIMPLE[kind]
    if (simple !== undefined) {
      bytes.push(simple)
      index += 2
    } else if (kind === 'x') {
      const hex = body.slice(index + 2, index + 4)
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) return undefined
      bytes.push(Number.parseInt(hex, 16))
      index += 4
    } else if (kind >= '0' && kind <= '7') {
      const octal = body.slice(index + 1, index + 4)
      if (!/^[0-7]{3}$/.test(octal)) return undefined
      const value = Number.parseInt(octal, 8)
      if (value > 255) return undefined
      bytes.push(value)
      index += 4
    } else if (kind === 'u' || kind === 'U') {
      const digits = kind === 'u' ? 4 : 8
      const hex = body.slice(index + 2, index + 2 + digits)
      if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) return undefined
      const code = Number.parseInt(hex, 16)
      if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined
      bytes.push(...Buffer.from(String.fromCodePoint(code), 'utf8'))
      index += 2 + digits
    } else {
      return undefined
    }
  }
  return Buffer.from(bytes).toString('utf8')
}

/** Whether Go's `BuildInfo.String` would have quoted this key (so an unquoted one is invalid). */
export function keyNeedsQuotes(key: string): boolean {
  return key.length === 0 || /[= \t\r\n"`]/.test(key)
}

/** Whether Go's `BuildInfo.String` would have quoted this value. */
export function valueNeedsQuotes(value: string): boolean {
  return /[ \t\r\n"`]/.test(value)
}
