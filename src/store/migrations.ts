// Schema migrations, applied in order, once each, in one transaction each. Same SQL for PGlite and PostgreSQL.
// Dates are ISO days stored as text: their order is the calendar's, with no time zone in between.
export const MIGRATIONS: Array<{ version: number; name: string; sql: string }> = [
  {
    version: 1,
    name: 'documents, events, participants, mentions, quotes',
    sql: `
      CREATE TABLE documents (
        id text PRIMARY KEY,
        content_hash text NOT NULL UNIQUE,
        title text, url text, source text, published text, published_day text,
        published_basis text NOT NULL,
        text text NOT NULL,
        ingested_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE events (
        id text PRIMARY KEY,
        state jsonb NOT NULL,
        record jsonb NOT NULL,
        status text NOT NULL,
        mode text NOT NULL,
        date_start text,
        date_end text,
        confidence real NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX events_dates ON events (date_start, date_end);
      CREATE TABLE event_index (
        event_id text NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        key text NOT NULL, day text, month text
      );
      CREATE INDEX event_index_day ON event_index (key, day);
      CREATE INDEX event_index_month ON event_index (key, month);
      CREATE TABLE event_participants (
        event_id text NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        key text NOT NULL, name text NOT NULL, wikidata text, kind text NOT NULL, country text,
        PRIMARY KEY (event_id, key)
      );
      CREATE INDEX event_participants_wikidata ON event_participants (wikidata);
      CREATE INDEX event_participants_name ON event_participants (lower(name));
      CREATE TABLE mentions (
        event_id text NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        document_id text NOT NULL REFERENCES documents(id),
        start_offset int NOT NULL, end_offset int NOT NULL,
        sentence text NOT NULL, attributed_to text,
        PRIMARY KEY (event_id, document_id, start_offset)
      );
      CREATE INDEX mentions_document ON mentions (document_id);
      CREATE TABLE quotes (
        id bigserial PRIMARY KEY,
        document_id text NOT NULL REFERENCES documents(id),
        start_offset int NOT NULL, end_offset int NOT NULL, text text NOT NULL,
        speaker_name text, speaker_wikidata text,
        event_id text REFERENCES events(id) ON DELETE SET NULL
      );
      CREATE INDEX quotes_event ON quotes (event_id);
      CREATE INDEX quotes_speaker ON quotes (speaker_wikidata);
    `,
  },
  {
    version: 2,
    name: 'indexed date bounds for range queries',
    sql: `
      ALTER TABLE events ADD COLUMN date_lo text GENERATED ALWAYS AS (coalesce(date_start, date_end)) STORED;
      ALTER TABLE events ADD COLUMN date_hi text GENERATED ALWAYS AS (coalesce(date_end, date_start)) STORED;
      CREATE INDEX events_date_lo ON events (date_lo, id);
      CREATE INDEX events_date_hi ON events (date_hi);
      CREATE INDEX event_participants_event ON event_participants (event_id);
    `,
  },
  {
    version: 3,
    name: 'participant keys and status class on events, for candidate filtering',
    sql: `
      ALTER TABLE events ADD COLUMN keys text[] NOT NULL DEFAULT '{}';
      ALTER TABLE events ADD COLUMN has_state boolean NOT NULL DEFAULT false;
      ALTER TABLE events ADD COLUMN status_class text NOT NULL DEFAULT 'real';
      UPDATE events SET
        keys = ARRAY(SELECT jsonb_array_elements_text(state->'keys')),
        has_state = EXISTS (SELECT 1 FROM jsonb_array_elements(state->'participants') p WHERE p->>'kind' = 'state'),
        status_class = CASE status WHEN 'occurred' THEN 'real' WHEN 'planned' THEN 'real' WHEN 'proposed' THEN 'proposed'
          WHEN 'requested' THEN 'proposed' WHEN 'hypothetical' THEN 'hypothetical' ELSE 'denied' END;
    `,
  },
  {
    version: 4,
    name: 'compact overview row per event, for drawing every event at once',
    sql: `
      ALTER TABLE events ADD COLUMN overview jsonb;
      UPDATE events e SET overview = jsonb_build_array(e.id, e.record->'date'->>'start', e.record->'date'->>'end',
        e.record->'date'->>'precision', e.mode, e.status,
        (SELECT count(DISTINCT document_id)::int FROM mentions m WHERE m.event_id = e.id), e.confidence,
        (SELECT coalesce(jsonb_agg(jsonb_build_array(p->>'name', p->'wikidata', p->>'kind', p->'country')), '[]')
         FROM jsonb_array_elements(e.record->'participants') p));
    `,
  },
  {
    version: 5,
    name: "an event's index entries found by event (they are replaced when the event changes)",
    sql: `CREATE INDEX event_index_event ON event_index (event_id);`,
  },
  {
    version: 6,
    name: "each index entry carries its event's status class, keys and state flag (candidates filtered without reading events)",
    sql: `
      ALTER TABLE event_index ADD COLUMN status_class text, ADD COLUMN keys text[], ADD COLUMN has_state boolean;
      UPDATE event_index i SET status_class = e.status_class, keys = e.keys, has_state = e.has_state
        FROM events e WHERE e.id = i.event_id;
    `,
  },
];

export const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS parley_migrations (
  version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now()
)`;
