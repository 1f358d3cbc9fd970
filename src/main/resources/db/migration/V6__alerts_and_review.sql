-- alerts and their compliance review workflow (DRAFT -> UNDER_REVIEW -> PUBLISHED | REFUSED; PUBLISHED -> WITHDRAWN | EXPIRED)
CREATE TABLE alert (
    id                      VARCHAR(36)     PRIMARY KEY,
    alert_type              VARCHAR(30)     NOT NULL,
    schema_name             VARCHAR(40)     NOT NULL,
    category                VARCHAR(30)     NOT NULL,
    caption                 VARCHAR(300)    NOT NULL,
    properties              VARCHAR(200000) NOT NULL,
    requested_action        VARCHAR(30)     NOT NULL,
    purposes                VARCHAR(1000)   NOT NULL,
    legal_basis             VARCHAR(80)     NOT NULL,
    classification          VARCHAR(20)     NOT NULL,
    tlp                     VARCHAR(20)     NOT NULL,
    handling_codes          VARCHAR(20)     NOT NULL,
    handling_note           VARCHAR(1000),
    source_reliability      CHAR(1)         NOT NULL,
    information_credibility CHAR(1)         NOT NULL,
    summary                 VARCHAR(4000),
    owner                   VARCHAR(40)     NOT NULL REFERENCES agency (id),
    status                  VARCHAR(20)     NOT NULL,
    review_date             DATE            NOT NULL,
    expires_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    flags                   VARCHAR(10000)  NOT NULL,
    created_by              VARCHAR(64)     NOT NULL,
    created_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    reviewed_by             VARCHAR(64),
    reviewed_at             TIMESTAMP(6) WITH TIME ZONE,
    review_reason           VARCHAR(2000),
    closed_by               VARCHAR(64),
    closed_at               TIMESTAMP(6) WITH TIME ZONE,
    version                 BIGINT          NOT NULL
);
CREATE INDEX alert_owner ON alert (owner, created_at);
CREATE INDEX alert_status_expiry ON alert (status, expires_at);
