'use client'

export function LogOutButton({ label, lang }: { label: string; lang: string }) {
  return (
    <button
      className="link-button"
      onClick={async () => {
        await fetch('/api/users/logout', { credentials: 'include', method: 'POST' })
        window.location.assign(`/${lang}`)
      }}
      type="button"
    >
      {label}
    </button>
  )
}
