import config from '@payload-config'
import { getPayload } from 'payload'

/** The Payload instance the readers share (getPayload caches it per process). */
export const payloadClient = () => getPayload({ config })
