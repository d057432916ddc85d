'use client'

import React, { type FormEvent, useState } from 'react'

import { apiFieldErrors } from '@/api/errorMessage'
import { DOCUMENT_ACCEPT } from '@/uploads/fileKinds'

import type { Labels } from './labels'

import { uploadAttachment } from '../../../uploadAttachment'

type Member = { email: string; key: number; name: string; studentCard?: string; studentId: string }

export type ExistingRegistration = {
  id: string
  institution: string
  members: { email: string; name: string; studentCard?: string; studentId: string }[]
  paymentProof?: string
  teamName: string
}

/**
 * Registers a team through the REST API: uploads each document first (student cards, payment
 * proof), then creates the registration. The server checks everything; its messages appear
 * beside the field they concern. The only rule repeated here is the team size, as a hint.
 */
export function RegisterForm(props: {
  competitionId: string
  /** Editing a registration (pending or needs revision): files not replaced are kept. */
  existing?: ExistingRegistration
  labels: Labels
  lang: string
  leader: { email: string; institution: string; name: string }
  needsProof: boolean
  teamSize: { max: number; min: number }
}) {
  const { competitionId, existing, labels, lang, leader, needsProof, teamSize } = props
  const [members, setMembers] = useState<Member[]>(
    () =>
      existing?.members.map((member, index) => ({ ...member, key: index })) ??
      Array.from({ length: Math.max(1, teamSize.min) }, (_, index) =>
        index === 0
          ? { email: leader.email, key: 0, name: leader.name, studentId: '' }
          : { email: '', key: index, name: '', studentId: '' },
      ),
  )
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [progress, setProgress] = useState<Record<string, number>>({})
  const [previews, setPreviews] = useState<Record<string, string>>({})

  /** A preview of a chosen image (PDFs show their name), before anything is uploaded. */
  const preview = (path: string) => (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    setPreviews((all) => {
      if (all[path]) URL.revokeObjectURL(all[path])
      const next = { ...all }
      if (file && file.type.startsWith('image/')) next[path] = URL.createObjectURL(file)
      else delete next[path]
      return next
    })
  }
  const previewOf = (path: string) => (previews[path] ? <img alt="" className="upload-preview" src={previews[path]} /> : null)
  const [busy, setBusy] = useState(false)

  const fieldError = (path: string) =>
    errors[path] ? (
      <p className="field-error" id={`${path}-error`} role="alert">
        {errors[path]}
      </p>
    ) : null
  const describedBy = (path: string) => (errors[path] ? `${path}-error` : undefined)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    setErrors({})
    const found: Record<string, string> = {}
    try {
      const cards: string[] = []
      for (const [index] of members.entries()) {
        const file = form.get(`members.${index}.studentCard`)
        // No new file: keep the one already attached (when editing); else the server answers
        // that the card is required, beside this field.
        if (!(file instanceof File) || file.size === 0) {
          cards[index] = members[index].studentCard as string
          continue
        }
        try {
          cards[index] = await uploadAttachment(file, 'document', (percent) =>
            setProgress((p) => ({ ...p, [`members.${index}.studentCard`]: percent })),
          )
        } catch (error) {
          found[`members.${index}.studentCard`] = (error as Error).message
        }
      }
      let paymentProof: string | undefined = existing?.paymentProof
      const proof = form.get('paymentProof')
      if (proof instanceof File && proof.size > 0) {
        try {
          paymentProof = await uploadAttachment(proof, 'document', (percent) => setProgress((p) => ({ ...p, paymentProof: percent })))
        } catch (error) {
          found.paymentProof = (error as Error).message
        }
      }
      if (Object.keys(found).length > 0) {
        setErrors(found)
        return
      }
      const response = await fetch(existing ? `/api/registrations/${existing.id}` : '/api/registrations', {
        body: JSON.stringify({
          ...(existing ? {} : { competition: competitionId }),
          institution: form.get('institution'),
          members: members.map((member, index) => ({
            email: form.get(`members.${index}.email`),
            name: form.get(`members.${index}.name`),
            studentCard: cards[index],
            studentId: form.get(`members.${index}.studentId`),
          })),
          paymentProof,
          teamName: form.get('teamName'),
        }),
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method: existing ? 'PATCH' : 'POST',
      })
      if (response.ok) {
        window.location.assign(`/${lang}/dashboard`)
        return
      }
      setErrors({ ...found, ...(await apiFieldErrors(response, labels.failed)) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="stack" noValidate onSubmit={submit}>
      {errors.form ? (
        <p className="error" role="alert">
          {errors.form}
        </p>
      ) : null}
      {fieldError('competition')}
      <label>
        {labels.teamName}
        <input
          aria-describedby={describedBy('teamName')}
          aria-invalid={Boolean(errors.teamName)}
          defaultValue={existing?.teamName}
          name="teamName"
          required
        />
        {fieldError('teamName')}
      </label>
      <label>
        {labels.institution}
        <input
          aria-describedby={describedBy('institution')}
          defaultValue={existing?.institution ?? leader.institution}
          name="institution"
          required
        />
        {fieldError('institution')}
      </label>
      {fieldError('members')}
      {teamSize.max > 1 ? <p className="muted">{labels.membersMustAccept}</p> : null}
      {members.map((member, index) => (
        <fieldset key={member.key}>
          <legend>{labels.member.replace('{n}', String(index + 1))}</legend>
          <label>
            {labels.name}
            <input defaultValue={member.name} name={`members.${index}.name`} required />
            {fieldError(`members.${index}.name`)}
          </label>
          <label>
            {labels.email}
            <input defaultValue={member.email} name={`members.${index}.email`} readOnly={index === 0} required type="email" />
            {fieldError(`members.${index}.email`)}
          </label>
          <label>
            {labels.studentId}
            <input defaultValue={member.studentId} name={`members.${index}.studentId`} required />
            {fieldError(`members.${index}.studentId`)}
          </label>
          <label>
            {labels.studentCard}
            <input
              accept={DOCUMENT_ACCEPT}
              aria-describedby={describedBy(`members.${index}.studentCard`)}
              name={`members.${index}.studentCard`}
              onChange={preview(`members.${index}.studentCard`)}
              type="file"
            />
            {previewOf(`members.${index}.studentCard`)}
            {progress[`members.${index}.studentCard`] !== undefined ? (
              <progress max={100} value={progress[`members.${index}.studentCard`]} />
            ) : null}
            {fieldError(`members.${index}.studentCard`)}
          </label>
          {index > 0 && members.length > teamSize.min ? (
            <button className="link-button" onClick={() => setMembers((all) => all.filter((m) => m.key !== member.key))} type="button">
              {labels.memberRemove}
            </button>
          ) : null}
        </fieldset>
      ))}
      {members.length < teamSize.max ? (
        <button
          className="link-button"
          onClick={() => setMembers((all) => [...all, { email: '', key: Date.now(), name: '', studentId: '' }])}
          type="button"
        >
          {labels.memberAdd}
        </button>
      ) : null}
      {needsProof ? (
        <label>
          {labels.paymentProof}
          <input
            accept={DOCUMENT_ACCEPT}
            aria-describedby={describedBy('paymentProof')}
            name="paymentProof"
            onChange={preview('paymentProof')}
            type="file"
          />
          {previewOf('paymentProof')}
          {progress.paymentProof !== undefined ? <progress max={100} value={progress.paymentProof} /> : null}
          {fieldError('paymentProof')}
        </label>
      ) : null}
      <button disabled={busy} type="submit">
        {busy ? labels.saving : labels.register}
      </button>
    </form>
  )
}
