import { escapeControls } from '@sign/safe-text'

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

/**
 * `text` made safe inside an HTML element of a job summary: markup characters become entities and
 * line breaks become <br>, since a blank line would end the HTML block in GitHub's Markdown, and
 * other control characters (a carriage return among them) are shown escaped.
 */
export function escapeHtml(text: string): string {
  return escapeControls({ text: text.replace(/\r\n/g, '\n'), keepLines: true })
    .replace(/[&<>"']/g, char => ENTITIES[char] ?? char)
    .replace(/\n/g, '<br>')
}
