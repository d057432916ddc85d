/** Escape text placed into email HTML: names and notes come from users. */
export const escapeHtml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

export type EmailContent = {
  /** Call to action rendered as a button; its address is repeated as text below it. */
  action?: { label: string; url: string }
  heading: string
  /** Plain sentences; escaped before they are placed in the HTML. */
  paragraphs: string[]
  /** Small print under the action, such as "ignore this email if…". */
  footer?: string
  /** Markup made by a trusted renderer (an announcement's rich text, already escaped), placed after the paragraphs. */
  trustedHtml?: string
}

/**
 * One readable, inline-styled layout for every ContestKit email. Inline styles because
 * most mail clients drop <style> blocks.
 */
export const renderEmailHtml = ({ action, footer, heading, paragraphs, trustedHtml }: EmailContent): string => {
  const body =
    paragraphs.map((p) => `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(p)}</p>`).join('') +
    (trustedHtml ? `<div style="line-height:1.5">${trustedHtml}</div>` : '')
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#1d4ed8;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(action.label)}</a></p>` +
      `<p style="margin:0 0 16px;font-size:13px;color:#4b5563">If the button does not work, open this address: <a href="${escapeHtml(action.url)}">${escapeHtml(action.url)}</a></p>`
    : ''
  const small = footer ? `<p style="margin:24px 0 0;font-size:13px;color:#6b7280">${escapeHtml(footer)}</p>` : ''
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(heading)}</title></head><body style="margin:0;padding:24px;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif;color:#111827"><div style="max-width:560px;margin:0 auto;background:#ffffff;padding:32px;border-radius:8px"><h1 style="margin:0 0 16px;font-size:22px">${escapeHtml(heading)}</h1>${body}${button}${small}<p style="margin:32px 0 0;font-size:12px;color:#9ca3af">ContestKit</p></div></body></html>`
}
