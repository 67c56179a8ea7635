import { Type } from 'typebox';

export const healthSchema = {
  tags: ['health'],
  summary: 'Liveness and counts',
  response: {
    200: Type.Object({
      status: Type.Literal('ok'),
      instruments: Type.Integer(),
      templates: Type.Integer(),
      startup: Type.Object({ ms: Type.Integer(), ingested: Type.Integer(), unchanged: Type.Integer(), failed: Type.Integer(), searchRebuilt: Type.Boolean() }),
    }),
  },
};
