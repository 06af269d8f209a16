import { Package } from 'datapackage'
import { Table } from 'tableschema'

type ValidatorError = { message: string; errors?: { message: string }[] }
type LoadedResource = {
  name: string
  source: string
  descriptor: { schema: object }
}
type LoadedPackage = {
  valid: boolean
  errors: { message: string }[]
  descriptor: Record<string, unknown>
  resources: LoadedResource[]
}

export type PackageCheck = {
  descriptor: Record<string, unknown>
  /** The descriptor's problems against the tabular-data-package profile. */
  packageErrors: string[]
  /** Per resource, its rows cast by its Table Schema, or every problem found. */
  resources: Record<string, { rows: number; errors: string[] }>
}

/**
 * A data package at `url` checked by the Frictionless Data validator: its descriptor against its
 * profile, then every row of every resource cast through the resource's Table Schema (types,
 * formats, constraints, primary key). The rows are read with the validator's own table reader,
 * asked to skip the byte-order mark our CSV files start with: `Resource.read` passes only
 * dialect keys to its CSV parser and would read the mark as part of the first column's name.
 */
export async function checkDataPackage(url: string): Promise<PackageCheck> {
  const loaded = (await Package.load(url)) as LoadedPackage
  const resources: PackageCheck['resources'] = {}
  for (const resource of loaded.resources) {
    const table = await Table.load(resource.source, {
      schema: resource.descriptor.schema,
      bom: true,
    })
    try {
      const rows = (await table.read({ cast: true })) as unknown[]
      resources[resource.name] = { rows: rows.length, errors: [] }
    } catch (error) {
      const { message, errors } = error as ValidatorError
      resources[resource.name] = {
        rows: 0,
        errors: errors?.length ? errors.map((item) => item.message) : [message],
      }
    }
  }
  return {
    descriptor: loaded.descriptor,
    packageErrors: loaded.errors.map((error) => error.message),
    resources,
  }
}
