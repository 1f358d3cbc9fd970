CREATE TABLE agency (
    id          VARCHAR(40)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    country     VARCHAR(3)   NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE user_account (
    username        VARCHAR(64)  PRIMARY KEY,
    agency_id       VARCHAR(40)  REFERENCES agency (id),
    password_hash   VARCHAR(100) NOT NULL,
    roles           VARCHAR(200) NOT NULL,
    enabled         BOOLEAN      NOT NULL,
    failed_attempts INTEGER      NOT NULL,
    locked_until    TIMESTAMP(6) WITH TIME ZONE,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX user_account_agency ON user_account (agency_id);

-- personal API tokens: only the SHA-256 of the token is kept
CREATE TABLE api_token (
    id          VARCHAR(36)  PRIMARY KEY,
    username    VARCHAR(64)  NOT NULL REFERENCES user_account (username),
    name        VARCHAR(100) NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL UNIQUE,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP(6) WITH TIME ZONE,
    revoked     BOOLEAN      NOT NULL
);
CREATE INDEX api_token_user ON api_token (username);
