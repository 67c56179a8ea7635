import { Type } from 'typebox';

/**
 * Identifiers in URLs. Letters, digits, dot, dash, underscore only and never "..": a path-like id such as
 * `../../etc/passwd` fails validation (400) before any code sees it. No id is ever used as a file path anyway.
 */
export const Id = Type.String({ pattern: '^(?!.*\\.\\.)[A-Za-z0-9][A-Za-z0-9._-]{0,199}$', description: 'Instrument or template id' });
export const EId = Type.String({ pattern: '^(?!.*\\.\\.)[A-Za-z0-9][A-Za-z0-9._-]{0,299}$', description: 'Akoma Ntoso-style provision id' });
export const Article = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9-]{0,19}$', description: 'Template article number as printed' });
export const Status = Type.Union([Type.Literal('covered'), Type.Literal('partial'), Type.Literal('missing')]);

export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      statusCode: Type.Integer(),
      instrument: Type.Optional(Type.String({ description: 'When an upload is refused because its id is taken (409): the id of the instrument already there' })),
    }),
  },
  { $id: 'Error', description: 'Every error: a stable code from server/errors.ts and a message for a person' },
);

export const TemplateQuery = Type.Object(
  { template: Type.Optional(Id) },
  { additionalProperties: false },
);

/** Error responses a route may send, by status. */
export function errors(...codes: number[]): Record<number, typeof ErrorResponse> {
  return Object.fromEntries(codes.map((c) => [c, ErrorResponse]));
}
