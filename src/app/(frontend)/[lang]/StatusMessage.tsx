import type React from 'react'

/** The body of the not-found and error pages: a code, a heading, a sentence and what to do next. */
export function StatusMessage({
  children,
  code,
  heading,
  text,
}: {
  children: React.ReactNode
  code: string
  heading: string
  text: string
}) {
  return (
    <section className="status-message">
      <p aria-hidden="true" className="status-code">
        {code}
      </p>
      <h1>{heading}</h1>
      <p className="lead">{text}</p>
      <p className="status-actions">{children}</p>
    </section>
  )
}
