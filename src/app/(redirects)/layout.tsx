import type React from 'react'

// Addresses without a language only redirect; this layout is never shown.
export default function RedirectLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="id">
      <body>{children}</body>
    </html>
  )
}
