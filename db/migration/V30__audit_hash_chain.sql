-- The audit trail's hash chain (docs/database-roles.md): every audit event stores its place in
-- the chain and the SHA-256 of the previous event's hash and its own content, so a row changed,
-- removed or slipped in by anyone who can bypass the database's refusals (an owner, a superuser,
-- a restored backup) shows as a broken link. The rows recorded before this migration are chained
-- by V31 (a Java migration, audit/ChainExistingAuditEvents); V32 then requires every row to be
-- chained.
ALTER TABLE audit_event ADD COLUMN chain_position BIGINT;
ALTER TABLE audit_event ADD COLUMN chain_hash VARCHAR(64);
CREATE UNIQUE INDEX audit_event_chain_position ON audit_event (chain_position);

-- The head of the chain: one row, locked (SELECT ... FOR UPDATE) by the transaction that appends
-- an event, so instances appending at once take turns and every event links to the one before.
CREATE TABLE audit_chain (
    id             INT          NOT NULL PRIMARY KEY,
    position       BIGINT       NOT NULL,
    last_hash      VARCHAR(64)  NOT NULL,
    CONSTRAINT audit_chain_one_row CHECK (id = 1),
    CONSTRAINT audit_chain_position_not_negative CHECK (position >= 0)
);
INSERT INTO audit_chain (id, position, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
