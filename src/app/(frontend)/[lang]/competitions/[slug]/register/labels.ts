import type { Dictionary } from '@/i18n/dictionary'

export type Labels = Record<
  | 'email'
  | 'failed'
  | 'institution'
  | 'member'
  | 'memberAdd'
  | 'memberRemove'
  | 'membersMustAccept'
  | 'name'
  | 'paymentProof'
  | 'register'
  | 'saving'
  | 'studentCard'
  | 'studentId'
  | 'teamName'
  | 'uploading',
  string
>

/** The form's labels from the page's dictionary; `submit` names the button. */
export const registerFormLabels = (t: Dictionary, submit: string): Labels => ({
  email: t.email,
  failed: t.failed,
  institution: t.institution,
  member: t.member(0).replace('0', '{n}'),
  memberAdd: t.memberAdd,
  memberRemove: t.memberRemove,
  membersMustAccept: t.membersMustAccept,
  name: t.name,
  paymentProof: t.paymentProof,
  register: submit,
  saving: t.saving,
  studentCard: t.studentCard,
  studentId: t.studentId,
  teamName: t.teamName,
  uploading: t.uploading,
})
