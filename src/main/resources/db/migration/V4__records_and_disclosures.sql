CREATE TABLE record (
    id                      VARCHAR(36)    PRIMARY KEY,
    schema_name             VARCHAR(40)    NOT NULL,
    category                VARCHAR(30)    NOT NULL,
    caption                 VARCHAR(300)   NOT NULL,
    properties              VARCHAR(200000) NOT NULL,
    classification          VARCHAR(20)    NOT NULL,
    tlp                     VARCHAR(20)    NOT NULL,
    handling_codes          VARCHAR(20)    NOT NULL,
    handling_note           VARCHAR(1000),
    source_reliability      CHAR(1)        NOT NULL,
    information_credibility CHAR(1)        NOT NULL,
    originator              VARCHAR(40)    NOT NULL REFERENCES agency (id),
    purposes                VARCHAR(1000)  NOT NULL,
    legal_basis             VARCHAR(80),
    retention_until         DATE           NOT NULL,
    created_by              VARCHAR(64)    NOT NULL,
    created_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version                 BIGINT         NOT NULL
);
CREATE INDEX record_originator ON record (originator, created_at);
CREATE INDEX record_retention ON record (retention_until);

-- a PERMIT, stored with the obligations the recipient must honour
CREATE TABLE disclosure (
    id               VARCHAR(36)   PRIMARY KEY,
    record_id        VARCHAR(36)   NOT NULL REFERENCES record (id) ON DELETE CASCADE,
    from_agency      VARCHAR(40)   NOT NULL,
    to_agency        VARCHAR(40)   NOT NULL,
    purpose          VARCHAR(40)   NOT NULL,
    agreement_id     VARCHAR(80)   NOT NULL,
    article          VARCHAR(20)   NOT NULL,
    onward_transfer  VARCHAR(30)   NOT NULL,
    obligations      VARCHAR(10000) NOT NULL,
    retention_until  DATE,
    disclosed_by     VARCHAR(64)   NOT NULL,
    disclosed_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT disclosure_once UNIQUE (record_id, to_agency, purpose)
);
CREATE INDEX disclosure_recipient ON disclosure (to_agency, disclosed_at);
CREATE INDEX disclosure_retention ON disclosure (retention_until);

-- a holder asks the originator to allow an onward transfer (H2, or an agreement needing consent)
CREATE TABLE consent_request (
    id            VARCHAR(36)  PRIMARY KEY,
    record_id     VARCHAR(36)  NOT NULL REFERENCES record (id) ON DELETE CASCADE,
    originator    VARCHAR(40)  NOT NULL,
    holder        VARCHAR(40)  NOT NULL,
    to_agency     VARCHAR(40)  NOT NULL,
    purpose       VARCHAR(40)  NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    reason        VARCHAR(1000),
    requested_by  VARCHAR(64)  NOT NULL,
    requested_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    decided_by    VARCHAR(64),
    decided_at    TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX consent_request_originator ON consent_request (originator, status);
CREATE INDEX consent_request_record ON consent_request (record_id);
