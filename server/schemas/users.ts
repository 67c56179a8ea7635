import { Type } from 'typebox';
import { errors } from './common.ts';
import { AccountRecord, Role } from './auth.ts';

const Name = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._@-]{0,59}$', description: 'Account name: letters, digits, `. _ @ -`' });
const Password = Type.String({ minLength: 1, maxLength: 200, description: 'At least 10 characters' });
const NameParams = Type.Object({ name: Name }, { additionalProperties: false });

export const listUsersSchema = {
  tags: ['accounts'],
  summary: 'Accounts (admin only)',
  response: { 200: Type.Object({ accounts: Type.Array(AccountRecord) }), ...errors(401, 403) },
};

export const addUserSchema = {
  tags: ['accounts'],
  summary: 'Create an account (admin only)',
  body: Type.Object({ name: Name, role: Role, password: Password }, { additionalProperties: false }),
  response: { 201: Type.Object({ account: AccountRecord }), ...errors(400, 401, 403, 409, 413) },
};

export const changeUserSchema = {
  tags: ['accounts'],
  summary: "Change an account's role or password (admin only); a new password ends the account's sessions",
  params: NameParams,
  body: Type.Object({ role: Type.Optional(Role), password: Type.Optional(Password) }, { additionalProperties: false, minProperties: 1 }),
  response: { 200: Type.Object({ account: AccountRecord }), ...errors(400, 401, 403, 404, 409, 413) },
};

export const removeUserSchema = {
  tags: ['accounts'],
  summary: 'Remove an account and end its sessions (admin only); its reviews stay under its name',
  params: NameParams,
  response: { 200: Type.Object({ deleted: Type.String() }), ...errors(400, 401, 403, 404, 409) },
};
