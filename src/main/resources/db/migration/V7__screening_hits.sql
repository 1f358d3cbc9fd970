-- hits revealed by screenings, each with the 12-hour follow-up the owner must answer (SIRENE practice)
CREATE TABLE screening_hit (
    id                      VARCHAR(36)     PRIMARY KEY,
    alert_id                VARCHAR(36)     NOT NULL REFERENCES alert (id),
    owner                   VARCHAR(40)     NOT NULL REFERENCES agency (id),
    asker                   VARCHAR(40)     NOT NULL REFERENCES agency (id),
    asked_by                VARCHAR(64)     NOT NULL,
    at                      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    score                   DOUBLE PRECISION NOT NULL,
    query_hash              CHAR(64)        NOT NULL,
    follow_up_due           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    follow_up_answered_at   TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX screening_hit_alert ON screening_hit (alert_id, at);
CREATE INDEX screening_hit_asker ON screening_hit (asker, alert_id);

-- hits an asking agency marked as false positives for one subject (by the hash of its query)
CREATE TABLE screening_false_positive (
    id                      VARCHAR(36)     PRIMARY KEY,
    alert_id                VARCHAR(36)     NOT NULL REFERENCES alert (id),
    asker                   VARCHAR(40)     NOT NULL REFERENCES agency (id),
    query_hash              CHAR(64)        NOT NULL,
    created_by              VARCHAR(64)     NOT NULL,
    created_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT screening_false_positive_once UNIQUE (alert_id, asker, query_hash)
);
CREATE INDEX screening_false_positive_lookup ON screening_false_positive (asker, query_hash);
