-- Issue 13: administrators set their users' first passwords and know them, and the bootstrap
-- administrator's comes from the environment. Such accounts must choose their own at first sign-in.
alter table user_account add column must_change_password boolean not null default false;
