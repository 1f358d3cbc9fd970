-- cases (threads) between agencies, their messages, recipients with deadlines, record references and attachments
CREATE TABLE msg_case (
    id                      VARCHAR(36)     PRIMARY KEY,
    reference               VARCHAR(60)     NOT NULL UNIQUE,
    subject                 VARCHAR(300)    NOT NULL,
    owner                   VARCHAR(40)     NOT NULL REFERENCES agency (id),
    category                VARCHAR(30)     NOT NULL,
    purpose                 VARCHAR(40)     NOT NULL,
    legal_basis             VARCHAR(80)     NOT NULL,
    priority                VARCHAR(10)     NOT NULL,
    classification          VARCHAR(20)     NOT NULL,
    tlp                     VARCHAR(20)     NOT NULL,
    handling_codes          VARCHAR(20)     NOT NULL,
    handling_note           VARCHAR(1000),
    status                  VARCHAR(10)     NOT NULL,
    created_by              VARCHAR(64)     NOT NULL,
    created_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_message_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    closed_by               VARCHAR(64),
    closed_at               TIMESTAMP(6) WITH TIME ZONE,
    close_reason            VARCHAR(2000)
);

CREATE TABLE msg_case_party (
    case_id                 VARCHAR(36)     NOT NULL REFERENCES msg_case (id),
    agency                  VARCHAR(40)     NOT NULL REFERENCES agency (id),
    PRIMARY KEY (case_id, agency)
);
CREATE INDEX msg_case_party_agency ON msg_case_party (agency, case_id);

CREATE TABLE msg_message (
    id                      VARCHAR(36)     PRIMARY KEY,
    case_id                 VARCHAR(36)     NOT NULL REFERENCES msg_case (id),
    message_type            VARCHAR(15)     NOT NULL,
    request_kind            VARCHAR(30),
    urgency                 VARCHAR(10),
    accessibility           VARCHAR(10),
    in_reply_to             VARCHAR(36),
    from_agency             VARCHAR(40)     NOT NULL REFERENCES agency (id),
    sent_by                 VARCHAR(64)     NOT NULL,
    body                    VARCHAR(100000) NOT NULL,
    sent_at                 TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX msg_message_case ON msg_message (case_id, sent_at);
CREATE INDEX msg_message_outbox ON msg_message (from_agency, sent_at);

-- one row per message and recipient agency: receipt, reading, answer, deadline, delay and escalation
CREATE TABLE msg_recipient (
    message_id              VARCHAR(36)     NOT NULL REFERENCES msg_message (id),
    agency                  VARCHAR(40)     NOT NULL REFERENCES agency (id),
    case_id                 VARCHAR(36)     NOT NULL,
    sent_at                 TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    agreement               VARCHAR(80),
    article                 VARCHAR(40),
    delivered_at            TIMESTAMP(6) WITH TIME ZONE,
    read_at                 TIMESTAMP(6) WITH TIME ZONE,
    read_by                 VARCHAR(64),
    due_at                  TIMESTAMP(6) WITH TIME ZONE,
    delay_reason            VARCHAR(2000),
    answered_at             TIMESTAMP(6) WITH TIME ZONE,
    answer_id               VARCHAR(36),
    escalated_at            TIMESTAMP(6) WITH TIME ZONE,
    PRIMARY KEY (message_id, agency)
);
CREATE INDEX msg_recipient_inbox ON msg_recipient (agency, sent_at);
CREATE INDEX msg_recipient_case ON msg_recipient (case_id, agency);
CREATE INDEX msg_recipient_open ON msg_recipient (answered_at, escalated_at, due_at);

-- records a message referenced, each disclosed to each recipient when the message was sent
CREATE TABLE msg_record_ref (
    message_id              VARCHAR(36)     NOT NULL REFERENCES msg_message (id),
    record_id               VARCHAR(36)     NOT NULL,
    recipient               VARCHAR(40)     NOT NULL,
    disclosure_id           VARCHAR(36),
    PRIMARY KEY (message_id, record_id, recipient)
);

-- uploaded to a case by an agency, then sent with one message (message_id is null until then)
CREATE TABLE msg_attachment (
    id                      VARCHAR(36)     PRIMARY KEY,
    case_id                 VARCHAR(36)     NOT NULL REFERENCES msg_case (id),
    message_id              VARCHAR(36)     REFERENCES msg_message (id),
    agency                  VARCHAR(40)     NOT NULL REFERENCES agency (id),
    uploaded_by             VARCHAR(64)     NOT NULL,
    name                    VARCHAR(255)    NOT NULL,
    content_type            VARCHAR(100)    NOT NULL,
    size_bytes              BIGINT          NOT NULL,
    sha256                  CHAR(64)        NOT NULL,
    content                 BYTEA           NOT NULL,
    uploaded_at             TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX msg_attachment_message ON msg_attachment (message_id);
CREATE INDEX msg_attachment_case ON msg_attachment (case_id, agency);

-- what an agency's console and webhook are told; audience ALL or SPOC (its single point of contact)
CREATE TABLE msg_notification (
    id                      VARCHAR(36)     PRIMARY KEY,
    agency                  VARCHAR(40)     NOT NULL REFERENCES agency (id),
    audience                VARCHAR(10)     NOT NULL,
    kind                    VARCHAR(30)     NOT NULL,
    case_id                 VARCHAR(36),
    message_id              VARCHAR(36),
    text                    VARCHAR(500)    NOT NULL,
    created_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX msg_notification_agency ON msg_notification (agency, created_at);

CREATE TABLE msg_webhook (
    agency                  VARCHAR(40)     PRIMARY KEY REFERENCES agency (id),
    url                     VARCHAR(2000)   NOT NULL,
    secret                  VARCHAR(100)    NOT NULL,
    created_by              VARCHAR(64)     NOT NULL,
    created_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- the webhook's outbox: stored with the notification, sent and retried by the dispatcher
CREATE TABLE msg_webhook_delivery (
    id                      VARCHAR(36)     PRIMARY KEY,
    agency                  VARCHAR(40)     NOT NULL REFERENCES agency (id),
    notification_id         VARCHAR(36)     NOT NULL REFERENCES msg_notification (id),
    payload                 VARCHAR(4000)   NOT NULL,
    status                  VARCHAR(10)     NOT NULL,
    attempts                INTEGER         NOT NULL,
    next_attempt_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_status             INTEGER,
    last_error              VARCHAR(300),
    created_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    delivered_at            TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX msg_webhook_delivery_due ON msg_webhook_delivery (status, next_attempt_at);
CREATE INDEX msg_webhook_delivery_agency ON msg_webhook_delivery (agency, created_at);
