-- the owner's answer to a hit's follow-up: its text and who gave it (follow_up_answered_at, from V7, says when)
ALTER TABLE screening_hit ADD COLUMN follow_up_answer VARCHAR(4000);
ALTER TABLE screening_hit ADD COLUMN follow_up_answered_by VARCHAR(64);
-- the owner's open follow-ups, due soonest first (dashboard, navigation badge)
CREATE INDEX screening_hit_owner_open ON screening_hit (owner, follow_up_answered_at, follow_up_due);
-- the asker's hits, newest first
CREATE INDEX screening_hit_asker_at ON screening_hit (asker, at);
