-- Inbox and outbox pages follow a cursor on (sent_at, id) instead of an OFFSET: with the id in the index, a page
-- of any depth is read in order from the index, with no sort and no rows skipped one by one.
CREATE INDEX msg_recipient_inbox_key ON msg_recipient (agency, sent_at, message_id);
DROP INDEX msg_recipient_inbox;
CREATE INDEX msg_message_outbox_key ON msg_message (from_agency, sent_at, id);
DROP INDEX msg_message_outbox;
