-- An alarm's and a command's why, kept as a message key with its arguments beside the English text,
-- so the portal says it in its reader's language (text/MessageJson). Rows from before stay English.
alter table alarm add column why jsonb;
alter table command add column why jsonb;
