import React from 'react'

/**
 * ContestKit's mark: a podium (second, first, third) under a gold point, on the brand blue.
 * Inline SVG, so it needs no request and passes the Content-Security-Policy as it is; the same
 * drawing is the favicon (src/app/icon.svg).
 */
export const BRAND_BLUE = '#1d4ed8'
export const BRAND_GOLD = '#f59e0b'

export function ContestKitMark({ size = 32, title }: { size?: number; title?: string }) {
  return (
    <svg
      aria-hidden={title ? undefined : true}
      height={size}
      role={title ? 'img' : undefined}
      viewBox="0 0 32 32"
      width={size}
      xmlns="http://www.w3.org/2000/svg"
    >
      {title ? <title>{title}</title> : null}
      <rect fill={BRAND_BLUE} height="32" rx="7" width="32" />
      <rect fill="#fff" fillOpacity=".8" height="10" rx="1" width="6" x="5.5" y="16" />
      <rect fill="#fff" height="15" rx="1" width="6" x="13" y="11" />
      <rect fill="#fff" fillOpacity=".65" height="7" rx="1" width="6" x="20.5" y="19" />
      <circle cx="16" cy="6.5" fill={BRAND_GOLD} r="2.5" />
    </svg>
  )
}

/** The mark with the name beside it; the name is text, so it follows the page's colour (light and dark themes). */
export function ContestKitWordmark({ size = 32 }: { size?: number }) {
  return (
    <span style={{ alignItems: 'center', display: 'inline-flex', gap: size * 0.35 }}>
      <ContestKitMark size={size} />
      <span style={{ fontSize: size * 0.75, fontWeight: 700, letterSpacing: '-0.02em', lineHeight: 1 }}>
        Contest<span style={{ color: BRAND_BLUE }}>Kit</span>
      </span>
    </span>
  )
}
