CREATE TABLE agreement (
    id                 VARCHAR(80)   PRIMARY KEY,
    title              VARCHAR(500)  NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    valid_from         DATE          NOT NULL,
    valid_until        DATE,
    categories         VARCHAR(400)  NOT NULL,
    purposes           VARCHAR(1000) NOT NULL,
    max_classification VARCHAR(20)   NOT NULL,
    onward_transfer    VARCHAR(30)   NOT NULL,
    retention_days     INTEGER,
    version            BIGINT        NOT NULL,
    created_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE agreement_party (
    agreement_id VARCHAR(80) NOT NULL REFERENCES agreement (id),
    party        VARCHAR(40) NOT NULL,
    bound_from   DATE        NOT NULL,
    bound_until  DATE,
    PRIMARY KEY (agreement_id, party)
);
CREATE INDEX agreement_party_party ON agreement_party (party);

CREATE TABLE agreement_article (
    agreement_id VARCHAR(80)    NOT NULL REFERENCES agreement (id),
    position     INTEGER        NOT NULL,
    number       VARCHAR(20)    NOT NULL,
    governs      VARCHAR(30),
    text         VARCHAR(20000) NOT NULL,
    PRIMARY KEY (agreement_id, number)
);

-- bumped in the transaction of every change, so that each replica knows when its index is stale
CREATE TABLE agreement_generation (
    id  INTEGER PRIMARY KEY,
    gen BIGINT  NOT NULL
);
INSERT INTO agreement_generation (id, gen) VALUES (1, 0);
