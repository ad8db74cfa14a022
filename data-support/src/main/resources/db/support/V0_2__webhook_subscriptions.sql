-- Webhook subscriptions of partner agencies (shared by every service, location classpath:db/support).
-- Deliveries are derived from the change feed: each subscription keeps the cursor of the last change it
-- has been sent (or skipped by its filter). A worker claims a due subscription with FOR UPDATE SKIP LOCKED,
-- sends the next change and advances the cursor in the same transaction as it records the attempt, so a
-- crash repeats at most that one delivery (same webhook-id) and loses nothing.
CREATE TABLE webhook_subscription (
    id              bigserial   PRIMARY KEY,
    owner           text        NOT NULL,              -- subject of the token that created it
    callback_url    text        NOT NULL,
    entities        text        NOT NULL,              -- comma list of entity names; empty = all
    kinds           text        NOT NULL,              -- comma list of create,update,delete; empty = all
    secret          text        NOT NULL,              -- whsec_<base64>, the HMAC key
    cursor          bigint      NOT NULL,
    status          text        NOT NULL CHECK (status IN ('ACTIVE', 'PAUSED')),
    failures        integer     NOT NULL DEFAULT 0,    -- consecutive failed attempts
    next_attempt_at timestamptz NOT NULL,
    paused_reason   text,
    created_at      timestamptz NOT NULL
);
CREATE INDEX webhook_subscription_by_owner ON webhook_subscription (owner, id);
CREATE INDEX webhook_subscription_due ON webhook_subscription (next_attempt_at) WHERE status = 'ACTIVE';

-- The last attempts per subscription (older ones are pruned), for GET .../subscriptions/{id}/deliveries.
CREATE TABLE webhook_delivery (
    id              bigserial   PRIMARY KEY,
    subscription_id bigint      NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    message_id      text        NOT NULL,              -- the webhook-id header: the same on every retry
    change_cursor   bigint      NOT NULL,
    attempted_at    timestamptz NOT NULL,
    status_code     integer,
    latency_ms      integer     NOT NULL,
    error           text,
    delivered       boolean     NOT NULL
);
CREATE INDEX webhook_delivery_by_subscription ON webhook_delivery (subscription_id, id);
