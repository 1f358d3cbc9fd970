-- the screening hit whose follow-up a request (kind SCREENING_FOLLOW_UP) asks for: one request per hit,
-- so that an answer on either side (the case or the hit) is recorded on the other
ALTER TABLE msg_message ADD COLUMN screening_hit VARCHAR(36);
CREATE UNIQUE INDEX msg_message_screening_hit ON msg_message (screening_hit);
