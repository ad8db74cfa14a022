CREATE TABLE item (id bigint PRIMARY KEY, name text NOT NULL);
INSERT INTO item VALUES (1, 'one');
