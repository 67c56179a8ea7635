import { Type } from 'typebox';

export const healthSchema = {
  tags: ['health'],
  summary: 'Liveness, counts and the state of the store',
  response: {
    200: Type.Object({
      status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')], { description: '`degraded` when the store has met damage since start-up' }),
      store: Type.Object({
        integrity: Type.Union([Type.Literal('ok'), Type.Literal('damaged')]),
        checkMs: Type.Integer({ description: 'Time PRAGMA quick_check took at start-up' }),
        reason: Type.Optional(Type.String()),
      }),
      instruments: Type.Integer(),
      templates: Type.Integer(),
      startup: Type.Object({ ms: Type.Integer(), ingested: Type.Integer(), unchanged: Type.Integer(), failed: Type.Integer(), searchRebuilt: Type.Boolean() }),
      uploadLimitBytes: Type.Integer({ description: 'The largest file an upload may send, so that a client can check before sending' }),
    }),
  },
};
