import type { EmailAdapter, SendEmailOptions } from 'payload'
import nodemailer from 'nodemailer'

const fromName = 'Amicus'

type Recipients = SendEmailOptions['to']
type Recipient = string | { address?: string } | Recipients

/** The recipients as one readable line, whatever shape nodemailer's types allow. */
const addresses = (value: Recipient): string =>
  Array.isArray(value)
    ? value.map(addresses).join(', ')
    : typeof value === 'string'
      ? value
      : (value?.address ?? '')

/**
 * Sends through SMTP when `smtpUrl` is set (smtp://user:pass@host:587); otherwise writes each
 * message in full to the server log, so notifications can be read while developing.
 */
export function emailAdapter({ smtpUrl, from }: { smtpUrl?: string; from: string }): EmailAdapter {
  return ({ payload }) => {
    const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null
    return {
      name: transport ? 'smtp' : 'log',
      defaultFromAddress: from,
      defaultFromName: fromName,
      sendEmail: async (message) => {
        const mail = { from: { name: fromName, address: from }, ...message }
        if (transport) return transport.sendMail(mail)
        payload.logger.info(
          `Email to ${addresses(message.to)}\nSubject: ${message.subject}\n\n${message.text ?? ''}`,
        )
        return null
      },
    }
  }
}
