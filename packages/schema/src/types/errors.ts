import {
  ConflictError,
  NotFoundError,
  ProvenanceError,
  ValidationError,
  type WriteError,
} from '@claimline/store';
import { builder } from '../builder.ts';

const UserError = builder.interfaceRef<WriteError>('UserError').implement({
  description: 'Why a write was refused. Nothing was written.',
  fields: (t) => ({
    message: t.exposeString('message'),
    field: t.exposeString('field', {
      description: 'The input field at fault, as a path: input.attributions[0].excerpt.',
    }),
  }),
});

const ERROR_TYPES = [
  [ValidationError, 'The input does not fit: a missing or malformed value, an unparseable time.'],
  [NotFoundError, 'The input refers to something that does not exist.'],
  [ProvenanceError, 'An excerpt that is not the source text between its offsets, or lies on page furniture.'],
  [ConflictError, 'The write clashes with what is stored: a key in use, a claim already retracted.'],
] as const;

for (const [errorClass, description] of ERROR_TYPES) {
  builder.objectType(errorClass, {
    name: errorClass.name,
    description,
    interfaces: [UserError],
    isTypeOf: (value) => value instanceof errorClass,
    fields: () => ({}),
  });
}
