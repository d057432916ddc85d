import { describe, expect, it } from 'vitest'

import { apiErrorMessage, apiFieldErrors, fieldErrorsOf, firstErrorMessage } from '../../src/api/errorMessage'

describe("the server's error message shown beside a form", () => {
  it("prefers the field's message, then the error's, then the fallback", () => {
    const fieldError = {
      errors: [
        {
          data: { errors: [{ message: 'Upload the payment proof.', path: 'paymentProof' }] },
          message: 'The following field is invalid: paymentProof',
        },
      ],
    }
    expect(firstErrorMessage(fieldError, 'fallback')).toBe('Upload the payment proof.')
    expect(firstErrorMessage({ errors: [{ message: 'Open Cup is full: all 5 places are taken.' }] }, 'fallback')).toBe(
      'Open Cup is full: all 5 places are taken.',
    )
    for (const body of [{}, { errors: [] }, null, undefined, 'Bad Gateway']) expect(firstErrorMessage(body, 'fallback')).toBe('fallback')
  })

  it('reads a fetch response, and falls back when the body is not JSON', async () => {
    const json = new Response(JSON.stringify({ errors: [{ message: 'Only the committee ranks teams.' }] }), { status: 403 })
    expect(await apiErrorMessage(json, 'fallback')).toBe('Only the committee ranks teams.')
    expect(await apiErrorMessage(new Response('<html>502</html>', { status: 502 }), 'Nothing changed.')).toBe('Nothing changed.')
  })
})

describe('every message of a refusal, beside its field', () => {
  it('keys field messages by path and the rest as "form"', () => {
    const body = {
      errors: [
        {
          data: {
            errors: [
              { message: 'Use a real address.', path: 'members.1.email' },
              { message: 'Too long.', path: 'teamName' },
            ],
          },
          message: 'The following fields are invalid',
        },
        { message: 'Open Cup is full.' },
      ],
    }
    expect(fieldErrorsOf(body, 'fallback')).toEqual({
      form: 'Open Cup is full.',
      'members.1.email': 'Use a real address.',
      teamName: 'Too long.',
    })
  })

  it('an empty or non-JSON body still gives the form a message', async () => {
    expect(fieldErrorsOf({ errors: [] }, 'Nothing was saved.')).toEqual({ form: 'Nothing was saved.' })
    expect(await apiFieldErrors(new Response('<html>502</html>', { status: 502 }), 'Nothing was saved.')).toEqual({
      form: 'Nothing was saved.',
    })
  })
})
