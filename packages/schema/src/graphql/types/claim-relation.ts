import { builder } from '../builder.ts';
import { RelationKind } from './enums.ts';

export const ClaimRelationOrigin = builder.enumType('ClaimRelationOrigin', {
  values: ['COMPUTED', 'EDITOR'] as const,
});

export const ClaimRelation = builder.drizzleNode('claimRelations', {
  name: 'ClaimRelation',
  description: 'CORROBORATES, CONTRADICTS or REVISES between two claims, with why.',
  id: { column: (r) => r.id },
  fields: (t) => ({
    kind: t.expose('kind', { type: RelationKind }),
    explanation: t.exposeString('explanation'),
    origin: t.expose('origin', { type: ClaimRelationOrigin }),
    from: t.relation('from'),
    to: t.relation('to'),
    retractedAt: t.exposeString('retractedAt', {
      nullable: true,
      description: 'When it was retracted; retracted relations leave every current view.',
    }),
  }),
});
