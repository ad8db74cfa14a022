-- Shared by every service (Flyway location classpath:db/support), applied in the service's own schema.

-- Provenance: the documents facts are taken from.
CREATE TABLE source (
    id                    text PRIMARY KEY,          -- the seed document id
    publisher             text NOT NULL,
    relayed_from          text,                      -- agency the publisher credits, where it does
    dateline              text,                      -- place named in the dateline
    published_on          date,
    published_on_inferred boolean NOT NULL DEFAULT false,
    date_basis            text,                      -- why the date is what it is, when inferred
    summary               text NOT NULL
);

-- Every insert, update and delete of a versioned table leaves a snapshot here: the revision
-- history, the data behind asOf reads, and the change feed (seq is the cursor).
CREATE TABLE revision (
    seq          bigserial PRIMARY KEY,
    resource     text        NOT NULL,
    resource_id  bigint      NOT NULL,
    version      integer     NOT NULL,
    operation    text        NOT NULL CHECK (operation IN ('CREATE', 'UPDATE', 'DELETE')),
    recorded_at  timestamptz NOT NULL,
    actor        text        NOT NULL,
    snapshot     jsonb       NOT NULL
);
CREATE INDEX revision_by_record ON revision (resource, resource_id, seq);
CREATE INDEX revision_by_time ON revision (resource, recorded_at, resource_id);

CREATE FUNCTION record_revision() RETURNS trigger
LANGUAGE plpgsql
SET search_path FROM CURRENT
AS $$
DECLARE
    row_data jsonb;
    op text;
    ver integer;
BEGIN
    -- One writer at a time appends to the feed, so cursors follow commit order and a reader
    -- polling 'since' never skips a transaction that committed late.
    PERFORM pg_advisory_xact_lock(hashtext(TG_TABLE_SCHEMA || '.revision'));
    IF TG_OP = 'DELETE' THEN
        row_data := to_jsonb(OLD); op := 'DELETE'; ver := OLD.version + 1;
    ELSIF TG_OP = 'UPDATE' THEN
        row_data := to_jsonb(NEW); op := 'UPDATE'; ver := NEW.version;
    ELSE
        row_data := to_jsonb(NEW); op := 'CREATE'; ver := NEW.version;
    END IF;
    INSERT INTO revision (resource, resource_id, version, operation, recorded_at, actor, snapshot)
    VALUES (TG_TABLE_NAME, (row_data ->> 'id')::bigint, ver, op, clock_timestamp(),
            coalesce(nullif(current_setting('bilateral.actor', true), ''), 'system'), row_data);
    RETURN NULL;
END;
$$;
