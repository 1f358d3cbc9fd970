-- Bulk load for bench/run-messaging.sh: :n messages from TV.LOADA to NR.LOADB in :n/100 cases, each with its
-- recipient row (delivered, most read and answered), as if sent over the past days. psql -v n=1000000
INSERT INTO msg_case (id, reference, subject, owner, category, purpose, legal_basis, priority, classification, tlp,
  handling_codes, status, created_by, created_at, last_message_at)
SELECT 'bench-case-' || g, 'TV.LOADA-BENCH-' || g, 'Bench case ' || g, 'TV.LOADA', 'PERSON', 'TERRORISM', 'LOAD-TV-NR',
  'NORMAL', 'RESTRICTED', 'AMBER', 'H1', 'OPEN', 'bench', now() - interval '30 days', now() - interval '1 day'
FROM generate_series(1, :n / 100) g;

INSERT INTO msg_case_party (case_id, agency)
SELECT 'bench-case-' || g, a FROM generate_series(1, :n / 100) g, (VALUES ('TV.LOADA'), ('NR.LOADB')) AS p(a);

INSERT INTO msg_message (id, case_id, message_type, request_kind, urgency, accessibility, in_reply_to, from_agency,
  sent_by, body, sent_at)
SELECT 'bench-msg-' || g, 'bench-case-' || (g % (:n / 100) + 1), 'REQUEST', 'INFORMATION', 'NORMAL', NULL, NULL,
  'TV.LOADA', 'bench', 'Bench request ' || g || ': do you hold anything on ' || md5(g::text) || '?',
  now() - interval '1 day' - (:n - g) * interval '1 second'
FROM generate_series(1, :n) g;

INSERT INTO msg_recipient (message_id, agency, case_id, sent_at, agreement, article, delivered_at, read_at, read_by,
  due_at, answered_at)
SELECT id, 'NR.LOADB', case_id, sent_at, 'LOAD-TV-NR', '5', sent_at, sent_at + interval '10 minutes', 'bench',
  now() + interval '7 days', CASE WHEN random() < 0.9 THEN sent_at + interval '1 hour' END
FROM msg_message WHERE id LIKE 'bench-msg-%';

VACUUM ANALYZE msg_case;
VACUUM ANALYZE msg_case_party;
VACUUM ANALYZE msg_message;
VACUUM ANALYZE msg_recipient;
