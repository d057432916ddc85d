import type { AddressObject } from 'mailparser'
import type { AddressInfo } from 'node:net'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type ReceivedEmail = { html: string; subject: string; text: string; to: string[] }

const addresses = (value: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((group) => group.value.map((entry) => (entry.address ?? '').toLowerCase()))

/**
 * A real SMTP server on a free local port. The app talks to it over SMTP exactly as it would
 * to a production relay; tests read what arrived. `stop()`/`start()` simulate an outage.
 */
export class Mailbox {
  readonly messages: ReceivedEmail[] = []
  port = 0
  private server?: SMTPServer

  async start(port = this.port): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.messages.push({
              html: typeof mail.html === 'string' ? mail.html : '',
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              to: addresses(mail.to),
            })
            callback()
          })
          .catch(callback)
      },
    })
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject)
      this.server!.listen(port, '127.0.0.1', () => resolve())
    })
    this.port = (this.server.server.address() as AddressInfo).port
  }

  async stop(): Promise<void> {
    const server = this.server
    this.server = undefined
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  /** Waits until an email for `to` (and matching `where`, if given) has arrived. */
  async waitFor(to: string, where: (email: ReceivedEmail) => boolean = () => true, timeoutMs = 15_000): Promise<ReceivedEmail> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = this.messages.find((email) => email.to.includes(to.toLowerCase()) && where(email))
      if (found) return found
      if (Date.now() > deadline) {
        throw new Error(
          `No email to ${to} arrived within ${timeoutMs} ms (got: ${this.messages.map((m) => `${m.to.join(',')}: ${m.subject}`).join('; ') || 'none'})`,
        )
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  for(to: string): ReceivedEmail[] {
    return this.messages.filter((email) => email.to.includes(to.toLowerCase()))
  }
}
