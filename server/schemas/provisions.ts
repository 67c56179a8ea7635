import { Type } from 'typebox';
import { EId, errors, Id } from './common.ts';
import { Provision } from './records/provision.ts';

const ProvisionParams = Type.Object({ id: Id, eId: EId }, { additionalProperties: false });

export const listProvisionsSchema = {
  tags: ['provisions'],
  summary: "The instrument's provisions in order; `parent` links make the tree",
  params: Type.Object({ id: Id }, { additionalProperties: false }),
  response: { 200: Type.Object({ instrument: Type.String(), total: Type.Integer(), provisions: Type.Array(Provision) }), ...errors(400, 404) },
};

export const getProvisionSchema = {
  tags: ['provisions'],
  summary: 'One provision',
  params: ProvisionParams,
  response: { 200: Type.Object({ instrument: Type.String(), provision: Provision }), ...errors(400, 404) },
};

export const aknSchema = {
  tags: ['provisions'],
  summary: 'The instrument as Akoma Ntoso 3.0 XML',
  params: Type.Object({ id: Id }, { additionalProperties: false }),
  produces: ['application/akn+xml'],
  response: { 200: Type.String({ description: 'Akoma Ntoso XML' }), ...errors(400, 404) },
};
