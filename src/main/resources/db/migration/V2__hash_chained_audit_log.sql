-- append-only: the application inserts entries and moves the head, and never updates or deletes an entry
CREATE TABLE audit_entry (
    seq          BIGINT       PRIMARY KEY,
    at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    agency       VARCHAR(40)  NOT NULL,
    action       VARCHAR(64)  NOT NULL,
    subject_type VARCHAR(40)  NOT NULL,
    subject_id   VARCHAR(100) NOT NULL,
    outcome      VARCHAR(40)  NOT NULL,
    purpose      VARCHAR(40),
    legal_basis  VARCHAR(80),
    detail       VARCHAR(20000) NOT NULL,
    prev_hash    CHAR(64)     NOT NULL,
    hash         CHAR(64)     NOT NULL
);
CREATE INDEX audit_entry_agency ON audit_entry (agency, seq);
CREATE INDEX audit_entry_subject ON audit_entry (subject_id);

-- the chain head: one row, locked by every append so that the chain has one order
CREATE TABLE audit_head (
    id   INTEGER  PRIMARY KEY,
    seq  BIGINT   NOT NULL,
    hash CHAR(64) NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
