-- Sending a message takes its files with a conditional update (id, case, agency, not yet sent). With an index on
-- (case_id, agency) alone, PostgreSQL may walk every file the agency ever sent in the case and filter them (a case
-- with thousands of files made each send cost milliseconds); with message_id in the index it finds only the files
-- not sent yet, which are also what the compose form lists.
DROP INDEX msg_attachment_case;
CREATE INDEX msg_attachment_pending ON msg_attachment (case_id, agency, message_id);
