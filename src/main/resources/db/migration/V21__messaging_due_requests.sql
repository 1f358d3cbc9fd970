-- an agency's unanswered requests by deadline, for the dashboard's "requests due soonest"
CREATE INDEX msg_recipient_due ON msg_recipient (agency, answered_at, due_at);
