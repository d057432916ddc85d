import React from 'react'

import { ContestKitMark, ContestKitWordmark } from '../brand/ContestKitMark'

/** The login and first-user screens' logo (Payload's `admin.components.graphics.Logo`). */
export function Logo() {
  return (
    <span aria-label="ContestKit" role="img">
      <ContestKitWordmark size={44} />
    </span>
  )
}

/** The navigation's small icon (Payload's `admin.components.graphics.Icon`). */
export function Icon() {
  return <ContestKitMark size={28} title="ContestKit" />
}
