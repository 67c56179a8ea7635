/**
 * Compile-time proof that a record schema and the domain type it describes are the same shape: each must be
 * assignable to the other. A field added to one and not the other fails `tsc`, so validation, serialisation,
 * OpenAPI and the client cannot drift from the records the core produces.
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Use as `const check: SameShape<Static<typeof X>, X> = true;` */
export type SameShape<A, B> = Same<A, B>;
