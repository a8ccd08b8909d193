-- Issue 13: wrong passwords no longer lock an account (anyone could lock out an administrator);
-- the platform slows down the source that makes them instead (SignInThrottle, in memory).
alter table user_account drop column failed_attempts;
alter table user_account drop column locked_until;
