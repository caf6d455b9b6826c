-- Sign-in throttling (issue 10, items 5–7).
-- failed_attempts now counts failed sign-ins since the last successful one (told to the person at
-- their next sign-in, then copied to failures_to_tell and reset); it is only ever changed by a
-- single atomic UPDATE, never through the versioned entity. The lock that anyone could hold
-- (locked_until) is replaced by sign_in_throttle.
ALTER TABLE app_user DROP COLUMN locked_until;
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE app_user ADD COLUMN failures_to_tell INT NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN last_sign_in_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE app_user ADD CONSTRAINT app_user_failures_to_tell_not_negative CHECK (failures_to_tell >= 0);

-- Failed sign-ins per account name typed (whether or not such an account exists) and per client
-- address. After a number of failures further attempts wait a delay that doubles with each failure.
CREATE TABLE sign_in_throttle (
    kind             VARCHAR(10)  NOT NULL,
    throttle_key     VARCHAR(100) NOT NULL,
    failures         INT          NOT NULL,
    last_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sign_in_throttle_pk PRIMARY KEY (kind, throttle_key),
    CONSTRAINT sign_in_throttle_kind CHECK (kind IN ('ACCOUNT', 'ADDRESS')),
    CONSTRAINT sign_in_throttle_failures_positive CHECK (failures > 0)
);
