-- Bulk import (POST /figures/import) writes its revisions set-based: one INSERT ... SELECT of
-- all imported rows into revision, under the same advisory lock the trigger takes, instead of one
-- trigger call per row. The per-row trigger therefore stands aside while the importing
-- transaction has set bilateral.bulk_revisions (transaction-local, set only by the importer);
-- every other write still records its revision through the trigger exactly as before.
-- The natural key already has a unique index (figure_natural_key, V1), so no duplicates exist
-- and no index is added here.
DROP TRIGGER figure_revision ON figure;
CREATE TRIGGER figure_revision AFTER INSERT OR UPDATE OR DELETE ON figure
    FOR EACH ROW
    WHEN (coalesce(current_setting('bilateral.bulk_revisions', true), '') <> 'on')
    EXECUTE FUNCTION record_revision();
