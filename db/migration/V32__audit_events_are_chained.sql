-- Every audit event is a link of the chain (V30; the earlier rows were chained by V31).
ALTER TABLE audit_event ALTER COLUMN chain_position SET NOT NULL;
ALTER TABLE audit_event ALTER COLUMN chain_hash SET NOT NULL;
