-- what each peer said of an agreement: the text it sent (when it is a party's node), or the version and
-- digest it acknowledged holding (none: it holds no such agreement)
CREATE TABLE federation_agreement_peer (
    peer          VARCHAR(64)   NOT NULL,
    agreement_id  VARCHAR(80)   NOT NULL,
    version       BIGINT,
    digest        CHAR(64),
    text          VARCHAR(400000),
    updated_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (peer, agreement_id)
);
