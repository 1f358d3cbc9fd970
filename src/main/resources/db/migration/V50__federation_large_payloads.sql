-- messages travel with their attachments inline (base64, up to the 10 MB attachment limit each)
ALTER TABLE federation_outbox ALTER COLUMN payload SET DATA TYPE TEXT;
