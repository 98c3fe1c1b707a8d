import { escapeHtml } from './html.ts'

/**
 * Text inside a summary line or table cell. A string is plain text (escaped); the objects are
 * the only markup a cell can hold, each escaped inside: a code span (with the full value as its
 * hover title, for a shortened digest), a link (http or https only; anything else is shown as
 * text), bold text, a line break; an array is its parts in a row.
 */
export type Inline =
  | string
  | { code: string; title?: string }
  | { link: string; text: Inline }
  | { strong: Inline }
  | { br: true }
  | readonly Inline[]

/** The HTML of `inline`, every piece of text escaped. */
export function renderInline(inline: Inline): string {
  if (typeof inline === 'string') return escapeHtml(inline)
  if (Array.isArray(inline)) return (inline as readonly Inline[]).map(renderInline).join('')
  const node = inline as Exclude<Inline, string | readonly Inline[]>
  if ('code' in node) {
    const title = node.title === undefined ? '' : ` title="${escapeHtml(node.title)}"`
    return `<code${title}>${escapeHtml(node.code)}</code>`
  }
  if ('link' in node) {
    const text = renderInline(node.text)
    return isWebUrl(node.link) ? `<a href="${escapeHtml(node.link)}">${text}</a>` : text
  }
  if ('strong' in node) return `<strong>${renderInline(node.strong)}</strong>`
  return '<br>'
}

/** Whether `url` is an absolute http(s) URL: the only links a summary makes. */
function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url)
    return protocol === 'https:' || protocol === 'http:'
  } catch {
    return false
  }
}

/** `parts` with `separator` between each two (for "a · b · c" lines). */
export function joinInline(parts: readonly Inline[], separator: Inline = ' · '): Inline[] {
  return parts.flatMap((part, index) => (index === 0 ? [part] : [separator, part]))
}
