'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'

import { apiErrorMessage } from '../../api/errorMessage'
import { checkInWords } from '../../i18n/checkIn'

type Answer = {
  alreadyCheckedIn: boolean
  message: string
  ticket: { competition: string; name: string; registrationCode: string; stageName: string; teamName: string }
}
type Shown = { answer: Answer; kind: 'already' | 'new' } | { kind: 'error'; message: string }

/** Chrome and Android's native decoder; not in TypeScript's DOM types yet. */
type BarcodeDetectorLike = { detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]> }
declare global {
  interface Window {
    BarcodeDetector?: new (options: { formats: string[] }) => BarcodeDetectorLike
  }
}

/** How often a camera frame is decoded: often enough to feel instant, rare enough for a cheap phone. */
const SCAN_INTERVAL_MS = 200

/**
 * The check-in desk: type a ticket's code, or scan its QR code with the device's camera (the
 * browser's BarcodeDetector where there is one, else jsQR decoding frames drawn on a canvas).
 * Either way the code goes to POST /api/check-in, and the answer is shown in large text: who,
 * which team and stage, and whether this scan checked them in or they already were.
 */
export function CheckInDesk({ at, language }: { at?: { competition: string; stage: string }; language: string }) {
  const words = checkInWords(language).admin
  const router = useRouter()
  const [code, setCode] = useState('')
  const [busy, setBusy] = useState(false)
  const [shown, setShown] = useState<null | Shown>(null)
  const [scanning, setScanning] = useState(false)
  const [cameraError, setCameraError] = useState(false)
  const video = useRef<HTMLVideoElement>(null)
  const stream = useRef<MediaStream | null>(null)

  const checkIn = async (value: string) => {
    setBusy(true)
    const response = await fetch('/api/check-in', {
      // With a stage chosen, a ticket for another stage is refused rather than checked in here.
      body: JSON.stringify({ code: value, ...at }),
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    setBusy(false)
    if (!response.ok) {
      setShown({ kind: 'error', message: await apiErrorMessage(response, words.checkIn) })
      return
    }
    const answer = (await response.json()) as Answer
    setShown({ answer, kind: answer.alreadyCheckedIn ? 'already' : 'new' })
    setCode('')
    // The who-is-in table below is rendered by the server.
    if (!answer.alreadyCheckedIn) router.refresh()
  }

  const stopCamera = () => {
    stream.current?.getTracks().forEach((track) => track.stop())
    stream.current = null
    setScanning(false)
  }

  useEffect(() => {
    if (!scanning || !video.current) return
    const element = video.current
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const canvas = document.createElement('canvas')
    const detector = window.BarcodeDetector ? new window.BarcodeDetector({ formats: ['qr_code'] }) : null
    const decode = async (): Promise<null | string> => {
      if (element.readyState < element.HAVE_ENOUGH_DATA) return null
      if (detector) return (await detector.detect(element))[0]?.rawValue ?? null
      const { default: jsQR } = await import('jsqr')
      canvas.width = element.videoWidth
      canvas.height = element.videoHeight
      const context = canvas.getContext('2d', { willReadFrequently: true })
      if (!context) return null
      context.drawImage(element, 0, 0)
      const image = context.getImageData(0, 0, canvas.width, canvas.height)
      return jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data ?? null
    }
    const tick = async () => {
      const found = await decode().catch(() => null)
      if (stopped) return
      if (found) {
        stopCamera()
        await checkIn(found)
        return
      }
      timer = setTimeout(tick, SCAN_INTERVAL_MS)
    }
    void tick()
    return () => {
      stopped = true
      if (timer) clearTimeout(timer)
    }
    // checkIn and stopCamera are recreated each render; the loop only depends on scanning.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scanning])

  useEffect(() => () => stream.current?.getTracks().forEach((track) => track.stop()), [])

  const startCamera = async () => {
    setCameraError(false)
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ audio: false, video: { facingMode: 'environment' } })
      if (video.current) {
        video.current.srcObject = stream.current
        await video.current.play()
      }
      setScanning(true)
    } catch {
      stopCamera()
      setCameraError(true)
    }
  }

  return (
    <section aria-label={words.checkIn} style={{ marginBottom: 24 }}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (code.trim()) void checkIn(code)
        }}
        style={{ alignItems: 'center', display: 'flex', flexWrap: 'wrap', gap: 8 }}
      >
        <label htmlFor="check-in-code">{words.code}</label>
        <input
          autoCapitalize="characters"
          autoComplete="off"
          autoFocus
          id="check-in-code"
          name="code"
          onChange={(event) => setCode(event.target.value)}
          placeholder={words.codePlaceholder}
          spellCheck={false}
          style={{ fontFamily: 'monospace', fontSize: 20, minWidth: 320, padding: '6px 10px' }}
          value={code}
        />
        <button className="btn btn--size-medium btn--style-primary" disabled={busy} style={{ margin: 0 }} type="submit">
          {busy ? words.working : words.checkIn}
        </button>
        <button
          className="btn btn--size-medium btn--style-secondary"
          onClick={() => (scanning ? stopCamera() : void startCamera())}
          style={{ margin: 0 }}
          type="button"
        >
          {scanning ? words.cameraStop : words.camera}
        </button>
      </form>
      {cameraError ? <p role="alert">{words.cameraUnavailable}</p> : null}
      <video
        muted
        playsInline
        ref={video}
        style={{ display: scanning ? 'block' : 'none', marginTop: 12, maxHeight: 360, maxWidth: '100%' }}
      />
      {scanning ? <p>{words.scanning}</p> : null}
      {shown ? <Result language={language} shown={shown} /> : null}
    </section>
  )
}

const COLOURS = { already: '#b45309', error: '#b91c1c', new: '#15803d' }

function Result({ language, shown }: { language: string; shown: Shown }) {
  const words = checkInWords(language).admin
  return (
    <div
      data-check-in-result={shown.kind}
      role="status"
      style={{ border: `4px solid ${COLOURS[shown.kind]}`, borderRadius: 8, marginTop: 16, padding: '16px 20px' }}
    >
      {shown.kind === 'error' ? (
        <p style={{ fontSize: 28, margin: 0 }}>{shown.message}</p>
      ) : (
        <>
          <p style={{ color: COLOURS[shown.kind], fontSize: 36, fontWeight: 700, margin: '0 0 8px' }}>
            {shown.kind === 'new' ? words.statusNew : words.statusAlready}
          </p>
          <p style={{ fontSize: 32, fontWeight: 700, margin: '0 0 4px' }}>{shown.answer.ticket.name}</p>
          <p style={{ fontSize: 24, margin: '0 0 4px' }}>
            {words.team}: {shown.answer.ticket.teamName} ({shown.answer.ticket.registrationCode})
          </p>
          <p style={{ fontSize: 24, margin: '0 0 8px' }}>
            {words.stage}: {shown.answer.ticket.stageName} · {shown.answer.ticket.competition}
          </p>
          <p style={{ fontSize: 20, margin: 0 }}>{shown.answer.message}</p>
        </>
      )}
    </div>
  )
}
