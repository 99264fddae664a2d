-- The audit trail is append-only: the database itself refuses to change or remove an event,
-- whatever code path tries. (A migration that rebuilds audit_events must recreate these.)
CREATE TRIGGER `audit_events_no_update` BEFORE UPDATE ON `audit_events`
BEGIN
	SELECT RAISE(ABORT, 'audit_events is append-only: events cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_events_no_delete` BEFORE DELETE ON `audit_events`
BEGIN
	SELECT RAISE(ABORT, 'audit_events is append-only: events cannot be deleted');
END;
