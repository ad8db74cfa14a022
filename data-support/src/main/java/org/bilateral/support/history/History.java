package org.bilateral.support.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bilateral.support.config.ApiConfig;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.query.TableReader;

/** Revision lists and change feeds for the versioned tables of one service. */
public final class History {

    private final Map<String, Feedable<?, ?>> byTable = new LinkedHashMap<>();

    /** Registers a versioned table, the name the API calls it by, and how its rows become DTOs. */
    public <E, D> History track(String apiName, String table, TableReader<E> reader, Function<E, D> toDto) {
        byTable.put(table, new Feedable<>(apiName, reader, toDto));
        return this;
    }

    /** Every version of one record with what it said then, oldest first; 404 when it never existed. */
    @SuppressWarnings("unchecked")
    public <E, D> List<Revision<D>> revisions(String table, long id, String what) {
        Feedable<E, D> f = (Feedable<E, D>) byTable.get(table);
        List<Change> changes = RevisionLog.of(table, id);
        if (changes.isEmpty()) {
            throw ApiException.notFound(what, id);
        }
        List<E> versions = f.reader.versions(id);
        List<Revision<D>> revisions = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            revisions.add(new Revision<>(c.version(), c.operation(), c.recordedAt(), c.actor(), c.cursor(),
                    f.toDto.apply(versions.get(i))));
        }
        return revisions;
    }

    /** Changes after {@code since} across the registered tables, each with the record it produced. */
    public ChangeBatch since(Long since, Integer limit, ApiConfig config) {
        long cursor = since == null ? 0 : since;
        int max = limit == null ? config.defaultFeedLimit() : limit;
        if (cursor < 0) {
            throw ApiException.badRequest("since", "must be 0 or a cursor returned by this feed");
        }
        if (max < 1 || max > config.maxFeedLimit()) {
            throw ApiException.badRequest("limit", "must be between 1 and " + config.maxFeedLimit());
        }
        List<Change> changes = after(cursor, max + 1);
        boolean more = changes.size() > max;
        List<Change> items = more ? changes.subList(0, max) : changes;
        long next = items.isEmpty() ? cursor : items.get(items.size() - 1).cursor();
        return new ChangeBatch(items, next, more);
    }

    /**
     * Up to {@code max} changes after {@code cursor}, oldest first, each with its API name and the
     * record it produced: what /changes, the live stream and the webhooks all send.
     */
    public List<Change> after(long cursor, int max) {
        List<Change> batch = RevisionLog.since(cursor, max, List.copyOf(byTable.keySet()));
        Map<String, List<Change>> perTable = new LinkedHashMap<>();
        for (Change c : batch) {
            perTable.computeIfAbsent(c.resource(), t -> new ArrayList<>()).add(c);
        }
        Map<Long, Change> filled = new LinkedHashMap<>();
        perTable.forEach((table, list) -> fill(byTable.get(table), list, filled));
        return batch.stream().map(c -> filled.get(c.cursor())).toList();
    }

    /** The API names of the tracked tables (the values of a change's {@code resource}). */
    public List<String> entities() {
        return byTable.values().stream().map(Feedable::apiName).toList();
    }

    private static <E, D> void fill(Feedable<E, D> f, List<Change> changes, Map<Long, Change> into) {
        List<E> rows = f.reader.atSequences(changes.stream().map(Change::cursor).toList());
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            into.put(c.cursor(), new Change(c.cursor(), f.apiName, c.id(), c.version(), c.operation(), c.recordedAt(),
                    c.actor(), f.toDto.apply(rows.get(i))));
        }
    }

    private record Feedable<E, D>(String apiName, TableReader<E> reader, Function<E, D> toDto) {
    }
}
