/**
 * The data model as a Mermaid `erDiagram`, drawn from the collections' field config so that
 * docs/data-model.md cannot drift from the code (`npm run generate:datamodel` writes it; a test
 * fails while the committed file differs). Payload's own collections (`payload-*`) are left out:
 * they are framework plumbing, not the domain.
 */
import type { Field, SanitizedCollectionConfig } from 'payload'

type Attribute = { comment?: string; key?: 'FK' | 'PK' | 'UK'; name: string; type: string }
/** `rows`: the relation of an array's rows to the document that holds them. */
type Relation = { from: string; label: string; many: boolean; required: boolean; rows?: boolean; to: string }
type Entity = { attributes: Attribute[]; name: string }

/** Mermaid takes letters, digits, `_` and `-` in names; slugs and paths are mapped to that. */
const entityName = (slug: string): string => slug.replace(/[^A-Za-z0-9]+/g, '_')

const relationTargets = (field: { relationTo: string | string[] }): string[] =>
  Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]

const walk = (entity: Entity, fields: Field[], prefix: string, entities: Entity[], relations: Relation[]): void => {
  for (const field of fields) {
    // Hidden fields are the auth plumbing (hash, salt, tokens, sessions): never part of the model.
    if ('hidden' in field && field.hidden) continue
    switch (field.type) {
      case 'row':
      case 'collapsible':
        walk(entity, field.fields, prefix, entities, relations)
        break
      case 'tabs':
        for (const tab of field.tabs) {
          const named = 'name' in tab && tab.name
          walk(entity, tab.fields, named ? `${prefix}${tab.name}_` : prefix, entities, relations)
        }
        break
      case 'group':
        if ('name' in field && field.name) walk(entity, field.fields, `${prefix}${field.name}_`, entities, relations)
        else walk(entity, field.fields, prefix, entities, relations)
        break
      case 'array': {
        const child: Entity = { attributes: [], name: `${entity.name}_${prefix}${field.name}` }
        entities.push(child)
        relations.push({ from: child.name, label: field.name, many: false, required: true, rows: true, to: entity.name })
        walk(child, field.fields, '', entities, relations)
        break
      }
      case 'blocks':
        entity.attributes.push({ name: `${prefix}${field.name}`, type: 'blocks' })
        break
      case 'relationship':
      case 'upload': {
        const many = Boolean('hasMany' in field && field.hasMany)
        entity.attributes.push({ key: 'FK', name: `${prefix}${field.name}`, type: many ? `${field.type}[]` : field.type })
        for (const target of relationTargets(field)) {
          relations.push({
            from: entity.name,
            label: `${prefix}${field.name}`,
            many,
            required: Boolean(field.required),
            to: entityName(target),
          })
        }
        break
      }
      case 'join':
      case 'ui':
        break
      default:
        if ('name' in field && field.name && field.name !== 'id') {
          const unique = 'unique' in field && field.unique
          entity.attributes.push({
            ...(unique ? { key: 'UK' as const } : {}),
            name: `${prefix}${field.name}`,
            type: 'hasMany' in field && field.hasMany ? `${field.type}[]` : field.type,
          })
        }
    }
  }
}

/**
 * Mermaid cardinality, read from the related side: a registration has one competition
 * (`}o--||`), a submission may have a file (`}o--o|`), a competition has many judges (`}o--o{`).
 * Array rows always belong to exactly one parent (`}o--||`).
 */
const line = (relation: Relation): string => {
  const right = relation.many ? 'o{' : relation.required ? '||' : 'o|'
  return `  ${relation.from} }o--${right} ${relation.to} : "${relation.label}"`
}

export const dataModelMarkdown = (collections: Pick<SanitizedCollectionConfig, 'fields' | 'slug'>[]): string => {
  const entities: Entity[] = []
  const relations: Relation[] = []
  for (const collection of collections.filter((c) => !c.slug.startsWith('payload-'))) {
    const entity: Entity = { attributes: [{ key: 'PK', name: 'id', type: 'id' }], name: entityName(collection.slug) }
    entities.push(entity)
    walk(entity, collection.fields, '', entities, relations)
  }
  const known = new Set(entities.map((entity) => entity.name))
  const body = [
    'erDiagram',
    ...entities.flatMap((entity) => [
      `  ${entity.name} {`,
      ...entity.attributes.map((a) => `    ${a.type} ${a.name}${a.key ? ` ${a.key}` : ''}`),
      '  }',
    ]),
    ...relations.filter((r) => known.has(r.to)).map(line),
  ]
  return [
    '# Data model',
    '',
    'Generated from the collections by `npm run generate:datamodel`; do not edit by hand (a test fails',
    'while this file differs from the code). `FK` marks relationships and uploads, `UK` unique fields;',
    "tables named `parent_field` are the rows of an array field. Payload's own collections",
    '(`payload-*`: jobs, locked documents, preferences, migrations) are not drawn.',
    '',
    '```mermaid',
    ...body,
    '```',
    '',
  ].join('\n')
}
