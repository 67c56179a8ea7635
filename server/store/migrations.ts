/**
 * Numbered schema migrations. Append only: a migration that has run on someone's disk is never edited.
 * Reviews have no foreign key to instruments on purpose: deleting or re-ingesting an instrument must not
 * cascade into user decisions.
 */
interface Migration {
  id: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    id: 1,
    name: 'instruments, provisions, correlations, reviews, blobs',
    sql: `
      CREATE TABLE instruments (
        id TEXT PRIMARY KEY,
        hash TEXT NOT NULL,
        collection TEXT NOT NULL,
        source_key TEXT NOT NULL,
        json TEXT NOT NULL,
        source BLOB,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE provisions (
        instrument TEXT NOT NULL REFERENCES instruments(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        e_id TEXT NOT NULL,
        json TEXT NOT NULL,
        PRIMARY KEY (instrument, e_id)
      );
      CREATE INDEX provisions_order ON provisions(instrument, seq);
      CREATE TABLE correlations (
        instrument TEXT NOT NULL REFERENCES instruments(id) ON DELETE CASCADE,
        template TEXT NOT NULL,
        cache_key TEXT NOT NULL,
        json TEXT NOT NULL,
        PRIMARY KEY (instrument, template)
      );
      CREATE TABLE reviews (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        instrument TEXT NOT NULL,
        template TEXT NOT NULL,
        article TEXT NOT NULL,
        author TEXT NOT NULL,
        time TEXT NOT NULL,
        status TEXT NOT NULL,
        provisions TEXT NOT NULL,
        note TEXT,
        machine TEXT NOT NULL,
        previous TEXT
      );
      CREATE INDEX reviews_cell ON reviews(instrument, template, article, id);
      CREATE TABLE blobs (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `,
  },
  {
    id: 2,
    name: 'parser version of each stored parse',
    sql: `ALTER TABLE instruments ADD COLUMN parser TEXT NOT NULL DEFAULT ''`,
  },
  {
    id: 3,
    name: 'accounts and sessions',
    // Names are unique whatever their case ("JSmith" and "jsmith" are one person). A session row holds a hash of its
    // token, never the token: a copy of the database does not sign anyone in. Removing an account ends its sessions.
    sql: `
      CREATE TABLE accounts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        role TEXT NOT NULL CHECK (role IN ('reader', 'reviewer', 'admin')),
        password TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        account INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX sessions_account ON sessions(account);
    `,
  },
  {
    id: 4,
    name: 'versions: a later text of an instrument kept beside the earlier one',
    // No foreign key: the series is often a corpus instrument, re-ingested when its file changes.
    sql: `
      CREATE TABLE versions (
        id TEXT PRIMARY KEY,
        series TEXT NOT NULL,
        number INTEGER NOT NULL,
        note TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (series, number)
      );
    `,
  },
  {
    id: 5,
    name: 'reviews: pinpoints as cited and a note per element',
    sql: `
      ALTER TABLE reviews ADD COLUMN pinpoints TEXT;
      ALTER TABLE reviews ADD COLUMN element_notes TEXT;
    `,
  },
  {
    id: 6,
    name: 'framework choices: which instruments a jurisdiction\'s framework includes',
    // User data, like reviews: no foreign key, so re-ingesting or deleting an instrument keeps the choice.
    sql: `CREATE TABLE framework_choices (
        instrument TEXT PRIMARY KEY,
        included INTEGER NOT NULL,
        updated_at TEXT NOT NULL
      )`,
  },
];
