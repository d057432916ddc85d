import { firstErrorMessage } from '@/api/errorMessage'

/**
 * Uploads a private file (POST /api/attachments) with progress; resolves to its id or rejects
 * with the server's message. XMLHttpRequest, because fetch reports no upload progress.
 */
export const uploadAttachment = (file: File, purpose: 'document' | 'submission', onProgress: (percent: number) => void): Promise<string> =>
  new Promise((resolve, reject) => {
    const form = new FormData()
    form.append('file', file)
    form.append('_payload', JSON.stringify({ purpose }))
    const request = new XMLHttpRequest()
    request.open('POST', '/api/attachments')
    request.withCredentials = true
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(Math.round((event.loaded / event.total) * 100))
    request.onload = () => {
      const body = JSON.parse(request.responseText || '{}') as { doc?: { id: string } }
      if (request.status < 300 && body.doc) resolve(body.doc.id)
      else reject(new Error(firstErrorMessage(body, 'Upload failed.')))
    }
    request.onerror = () => reject(new Error('Could not reach the server.'))
    request.send(form)
  })
