import type { Competition } from '@/payload-types'

/** The committee's contact people; phone numbers and addresses are links a phone can act on. */
export function Contacts({ contacts, heading }: { contacts: Competition['contacts']; heading: string }) {
  if (!contacts?.length) return null
  return (
    <section aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">{heading}</h2>
      <ul className="plain-list">
        {contacts.map((contact) => (
          <li key={contact.id ?? contact.name}>
            {contact.name}
            {contact.phone ? (
              <>
                {' · '}
                <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
              </>
            ) : null}
            {contact.email ? (
              <>
                {' · '}
                <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
