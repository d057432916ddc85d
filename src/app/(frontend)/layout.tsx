import type { Metadata } from 'next'
import type React from 'react'

import './styles.css'

export const metadata: Metadata = {
  description: 'Register your team, submit your work and follow the results of student competitions.',
  title: 'ContestKit',
}

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <a className="brand" href="/">
            ContestKit
          </a>
        </header>
        <main className="container">{children}</main>
      </body>
    </html>
  )
}
