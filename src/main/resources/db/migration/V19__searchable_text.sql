-- Catalog search at scale (issues 15 and 16).

-- Each routine's text as search reads it: lower case, accents removed, both languages
-- (catalog.SearchableText). The app writes it with every save of a routine; rows without it
-- (those of the migrations, and of any later migration that sets these columns to NULL after
-- changing a routine's or a step's text) are filled on start (catalog.SearchableTextBackfill).
ALTER TABLE routine ADD COLUMN search_title VARCHAR(500);
ALTER TABLE routine ADD COLUMN search_title_es VARCHAR(500);
ALTER TABLE routine ADD COLUMN search_head VARCHAR(4000);
ALTER TABLE routine ADD COLUMN search_text VARCHAR(400000);

-- The catalog in title order: a page of it reads its own rows only.
CREATE INDEX routine_owner_title ON routine (owner_id, title, id);
