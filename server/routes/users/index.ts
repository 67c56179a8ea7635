import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Account } from '../../store/account-store.ts';
import { addUserSchema, changeUserSchema, listUsersSchema, removeUserSchema } from '../../schemas/users.ts';

const record = ({ name, role, createdAt, updatedAt }: Account) => ({ name, role, createdAt, updatedAt });

/** Account management: admins only (when accounts are off, the one person on this machine). */
const users: FastifyPluginAsyncTypebox = async (app) => {
  const { accounts } = app.services;
  const admin = { access: 'admin' as const };

  app.get('/api/users', { schema: listUsersSchema, config: admin }, async () => ({ accounts: accounts.list().map(record) }));

  app.post('/api/users', { schema: addUserSchema, config: admin }, async (req, reply) => {
    const account = await accounts.add(req.body.name, req.body.role, req.body.password);
    reply.code(201);
    return { account: record(account) };
  });

  app.patch('/api/users/:name', { schema: changeUserSchema, config: admin }, async (req) => {
    return { account: record(await accounts.change(req.params.name, req.body)) };
  });

  app.delete('/api/users/:name', { schema: removeUserSchema, config: admin }, async (req) => ({ deleted: accounts.remove(req.params.name).name }));
};

export default users;
