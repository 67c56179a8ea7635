import { Type } from 'typebox';
import { errors, Id } from './common.ts';

export const editionSchema = {
  tags: ['instruments'],
  summary: 'Which text LexAlign holds: stage, as-at date, official source, suspended provisions',
  params: Type.Object({ id: Id }, { additionalProperties: false }),
  response: {
    200: Type.Object({
      instrument: Type.String(),
      kind: Type.String({ description: 'bill, act, revised (a revised edition), treaty, ...' }),
      asAt: Type.Optional(Type.String({ description: 'The date the text is consolidated or revised to: "2023-12-31", "2025"' })),
      asAtFrom: Type.Optional(Type.Enum(['manifest', 'title', 'notes', 'source'])),
      sourceUrl: Type.Optional(Type.String({ description: 'The official publisher\'s page or PDF' })),
      parliamentStage: Type.Optional(Type.String({ description: 'Where a Bill stands, as the source says: "The Senate"' })),
      suspended: Type.Optional(Type.String({ description: 'Suspended provisions, in the source\'s words' })),
      notes: Type.Optional(Type.String({ description: 'The corpus\'s notes on the text' })),
    }),
    ...errors(400, 404),
  },
};
