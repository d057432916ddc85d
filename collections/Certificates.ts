import type { CollectionConfig } from 'payload'

import { adminsOnly, committeeOnly, isCommittee } from '../access'
import { certificateReadAccess } from '../access/certificates'
import { committeeWrites, serverOnly, systemField } from '../access/fields'
import { refuseClientFiles } from '../hooks/certificates/refuseClientFiles'
import { stampRevocation } from '../hooks/certificates/stampRevocation'
import { uploadDir } from '../src/config/uploads'
import { CERTIFICATE_KIND_LABELS, CERTIFICATE_KINDS } from '../src/domain/certificates'
import { PLACINGS } from '../src/domain/judging'
import { certificatePdfEndpoint, verifyCertificateEndpoint } from '../src/endpoints/certificates'
import { privateFileHeaders } from '../src/uploads/responseHeaders'

export const CERTIFICATES = 'certificates'

const committeeReads = { ...systemField, access: { ...systemField.access, read: committeeWrites } } as const

/**
 * One certificate of one person (participation, finalist, winner or judge) in one competition,
 * made by the server when the committee issues certificates (POST /api/competitions/:id/certificates):
 * nobody creates one through the API, and the committee changes nothing but its revocation. The
 * PDF is this document's private file (served only to those who read the document: its holder
 * and the committee); the names printed on it are copied here when it is generated, so a later
 * correction shows once it is issued again (same code, new PDF).
 */
export const Certificates: CollectionConfig<'certificates'> = {
  slug: CERTIFICATES,
  access: {
    create: () => false,
    delete: adminsOnly,
    read: certificateReadAccess,
    update: committeeOnly,
  },
  admin: {
    defaultColumns: ['holderName', 'kind', 'competition', 'code', 'issuedAt', 'revoked'],
    group: 'Competitions',
    hidden: ({ user }) => !isCommittee(user),
    listSearchableFields: ['holderName', 'teamName', 'code'],
    useAsTitle: 'holderName',
  },
  endpoints: [certificatePdfEndpoint, verifyCertificateEndpoint],
  fields: [
    // Not required: deleting a competition or an account leaves its certificates verifiable (the printed
    // facts are copied here) instead of failing on the foreign key.
    { name: 'competition', type: 'relationship', ...systemField, index: true, relationTo: 'competitions' },
    {
      name: 'kind',
      type: 'select',
      ...systemField,
      options: CERTIFICATE_KINDS.map((value) => ({ label: CERTIFICATE_KIND_LABELS[value].en, value })),
      required: true,
    },
    { name: 'holder', type: 'relationship', ...systemField, index: true, relationTo: 'users' },
    { name: 'registration', type: 'relationship', ...systemField, relationTo: 'registrations' },
    { name: 'holderName', type: 'text', ...systemField, required: true },
    { name: 'teamName', type: 'text', ...systemField },
    { name: 'competitionTitle', type: 'text', ...systemField },
    { name: 'placing', type: 'select', ...systemField, options: PLACINGS.map((placing) => ({ ...placing })) },
    { name: 'code', type: 'text', ...systemField, admin: { position: 'sidebar', readOnly: true }, required: true, unique: true },
    {
      name: 'issuedAt',
      type: 'date',
      ...systemField,
      admin: { description: 'When its PDF was first generated.', position: 'sidebar', readOnly: true },
    },
    {
      name: 'revoked',
      type: 'checkbox',
      access: { create: serverOnly, update: committeeWrites },
      admin: { description: 'The verification page then says this certificate was revoked.', position: 'sidebar' },
      defaultValue: false,
    },
    {
      name: 'revokedReason',
      type: 'textarea',
      access: { create: serverOnly, read: committeeWrites, update: committeeWrites },
      admin: { position: 'sidebar' },
      maxLength: 500,
    },
    { name: 'revokedAt', type: 'date', ...systemField, admin: { position: 'sidebar', readOnly: true } },
    // One certificate per competition, kind, person and team (src/domain/certificates.ts): issuing twice never duplicates.
    { name: 'key', type: 'text', ...committeeReads, admin: { hidden: true }, required: true, unique: true },
    { name: 'emailedAt', type: 'date', ...committeeReads, admin: { hidden: true } },
  ],
  hooks: {
    beforeChange: [stampRevocation],
    beforeOperation: [refuseClientFiles],
  },
  lockDocuments: false,
  timestamps: true,
  upload: {
    // Generated PDFs only; the document exists (with its code) before its first PDF is made.
    filesRequiredOnCreate: false,
    mimeTypes: ['application/pdf'],
    modifyResponseHeaders: privateFileHeaders,
    pasteURL: false,
    staticDir: uploadDir(CERTIFICATES),
  },
}
