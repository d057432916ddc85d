'use client'

import { type FormEvent, useState } from 'react'

import { apiFieldErrors } from '@/api/errorMessage'

import { uploadAttachment } from '../../../uploadAttachment'

type Labels = Record<'failed' | 'file' | 'link' | 'saving' | 'submit' | 'text' | 'uploading', string>

/** Submits (POST) or replaces (PATCH) the team's work for a stage through the REST API. */
export function SubmissionForm(props: {
  accept: string
  current?: string
  kinds: string[]
  labels: Labels
  registration: string
  stage: string
}) {
  const { accept, current, kinds, labels, registration, stage } = props
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [progress, setProgress] = useState<null | number>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    setErrors({})
    try {
      const body: Record<string, unknown> = {}
      const file = form.get('file')
      if (file instanceof File && file.size > 0) {
        try {
          body.file = await uploadAttachment(file, 'submission', setProgress)
        } catch (error) {
          setErrors({ file: (error as Error).message })
          return
        }
      }
      if (form.get('link')) body.link = form.get('link')
      if (form.get('text')) body.text = form.get('text')
      const response = await fetch(current ? `/api/submissions/${current}` : '/api/submissions', {
        body: JSON.stringify(current ? body : { ...body, registration, stage }),
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method: current ? 'PATCH' : 'POST',
      })
      if (response.ok) {
        window.location.reload()
        return
      }
      setErrors(await apiFieldErrors(response, labels.failed))
    } finally {
      setBusy(false)
    }
  }

  const error = (path: string) =>
    errors[path] ? (
      <p className="field-error" role="alert">
        {errors[path]}
      </p>
    ) : null
  return (
    <form className="stack" onSubmit={submit}>
      {errors.form || errors.stage ? (
        <p className="error" role="alert">
          {errors.form ?? errors.stage}
        </p>
      ) : null}
      {kinds.includes('file') ? (
        <label>
          {labels.file}
          <input accept={accept} name="file" type="file" />
          {progress !== null ? <progress max={100} value={progress} /> : null}
          {error('file')}
        </label>
      ) : null}
      {kinds.includes('link') ? (
        <label>
          {labels.link}
          <input name="link" placeholder="https://" type="url" />
          {error('link')}
        </label>
      ) : null}
      {kinds.includes('text') ? (
        <label>
          {labels.text}
          <textarea name="text" rows={6} />
          {error('text')}
        </label>
      ) : null}
      <button disabled={busy} type="submit">
        {busy ? labels.saving : labels.submit}
      </button>
    </form>
  )
}
