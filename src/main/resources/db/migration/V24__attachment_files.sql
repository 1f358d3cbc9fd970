-- Attachment contents move out of the row store into files named by their SHA-256 (AttachmentFiles, under
-- liaison.messaging.attachment-dir): a row keeps name, type, size and the SHA-256, which names its file. Rows
-- stored before this version keep their content here until the purge job moves it to its file and clears it;
-- a download reads the column while it is still set.
ALTER TABLE msg_attachment ALTER COLUMN content DROP NOT NULL;
-- the purge asks which files some attachment still refers to
CREATE INDEX msg_attachment_sha256 ON msg_attachment (sha256);
