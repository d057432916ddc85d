import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { Competition } from '../../src/payload-types'

import { isCommittee } from '../../access/roles'
import { findByIdAsServer } from '../../src/db/findAllAsServer'
import { idOf } from '../../src/shared/idOf'

type Signer = NonNullable<NonNullable<Competition['certificate']>['signers']>[number]

const signaturesOf = (certificate: unknown): (null | string)[] =>
  (((certificate as Competition['certificate'])?.signers ?? []) as Signer[]).map((signer) => idOf(signer?.signature) ?? null)

/**
 * A signature is printed on every certificate the competition issues, and participants download
 * those: so it must be a file the committee uploaded. Attachments are private (a participant's
 * student card, payment proof or submitted work are attachments too), and the committee reads them
 * all; without this rule a mistaken pick in the admin's picker would print one participant's file
 * on everyone's certificate. Only signatures that change are checked, so a committee member who
 * edits a competition is not held to a file a colleague chose earlier.
 */
export const checkSignatureOwners: CollectionBeforeChangeHook<Competition> = async ({ data, originalDoc, req }) => {
  const before = new Set(signaturesOf(originalDoc?.certificate))
  const errors: { message: string; path: string }[] = []
  for (const [index, id] of signaturesOf(data.certificate).entries()) {
    if (!id || before.has(id)) continue
    const attachment = await findByIdAsServer(req, 'attachments', id)
    const ownerId = idOf(attachment?.owner)
    const owner = ownerId ? await findByIdAsServer(req, 'users', ownerId) : null
    if (!isCommittee(owner))
      errors.push({
        message: 'Upload the signature yourself: this file was not uploaded by the committee.',
        path: `certificate.signers.${index}.signature`,
      })
  }
  if (errors.length > 0) throw new ValidationError({ collection: 'competitions', errors, req }, req.t)
  return data
}
