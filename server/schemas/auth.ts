import { Type, type Static } from 'typebox';
import { errors } from './common.ts';

export const Role = Type.Union([Type.Literal('reader'), Type.Literal('reviewer'), Type.Literal('admin')], {
  description: 'reader: reads everything; reviewer: also reviews, uploads and deletes uploads; admin: also manages accounts',
});

/** An account as the API shows it: never its password hash. */
export const AccountRecord = Type.Object({
  name: Type.String(),
  role: Role,
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type AccountRecord = Static<typeof AccountRecord>;

const SignedIn = Type.Object({ name: Type.String(), role: Role });

export const sessionSchema = {
  tags: ['accounts'],
  summary: 'Whether this server has accounts, and who is signed in (the client shows the sign-in page from this)',
  response: {
    200: Type.Object({
      accounts: Type.Boolean({ description: 'false: one person on this machine, no sign-in, every change allowed' }),
      account: Type.Union([SignedIn, Type.Null()]),
    }),
  },
};

export const signInSchema = {
  tags: ['accounts'],
  summary: 'Sign in: sets an HTTP-only, SameSite=Strict session cookie (Secure over HTTPS); 5 attempts per name and address in 15 minutes',
  body: Type.Object(
    {
      name: Type.String({ minLength: 1, maxLength: 60 }),
      password: Type.String({ minLength: 1, maxLength: 200 }),
    },
    { additionalProperties: false },
  ),
  response: { 200: Type.Object({ account: SignedIn, expiresAt: Type.String() }), ...errors(400, 401, 409, 429) },
};

export const signOutSchema = {
  tags: ['accounts'],
  summary: 'Sign out: ends the session and clears its cookie',
  response: { 200: Type.Object({ signedOut: Type.Boolean() }) },
};
