import { Type } from 'typebox';
import { EId, errors, Id, Open } from './common.ts';

export const ProvisionParams = Type.Object({ id: Id, eId: EId }, { additionalProperties: false });

export const listProvisionsSchema = {
  tags: ['provisions'],
  summary: "The instrument's provisions in order; `parent` links make the tree",
  params: Type.Object({ id: Id }, { additionalProperties: false }),
  response: { 200: Type.Object({ instrument: Type.String(), total: Type.Integer(), provisions: Type.Array(Open('Provision')) }), ...errors(400, 404) },
};

export const getProvisionSchema = {
  tags: ['provisions'],
  summary: 'One provision',
  params: ProvisionParams,
  response: { 200: Type.Object({ instrument: Type.String(), provision: Open('Provision (server/ingest/types.ts)') }), ...errors(400, 404) },
};

export const aknSchema = {
  tags: ['provisions'],
  summary: 'The instrument as Akoma Ntoso 3.0 XML',
  params: Type.Object({ id: Id }, { additionalProperties: false }),
  produces: ['application/akn+xml'],
  response: { 200: Type.String({ description: 'Akoma Ntoso XML' }), ...errors(400, 404) },
};
