package org.bilateral.support.webhook;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.Problem;
import org.bilateral.support.stream.ChangeSource;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Webhook subscriptions of the calling token's subject: create, list, read, delete, resume and the
 * last delivery attempts. A subscription is visible to its owner and to admins only; to anyone else
 * it does not exist (404).
 */
@ApplicationScoped
public class Subscriptions {

    static final List<String> KINDS = List.of("create", "update", "delete");
    private static final String COLUMNS = "id, callback_url, entities, kinds, status, cursor, failures, paused_reason, next_attempt_at, created_at";

    private final ChangeSource source;
    private final WebhookConfig config;
    private final SecurityIdentity identity;

    Subscriptions(ChangeSource source, WebhookConfig config, SecurityIdentity identity) {
        this.source = source;
        this.config = config;
        this.identity = identity;
    }

    @Transactional
    public SubscriptionView create(SubscriptionInput input) {
        if (input == null) {
            throw ApiException.badRequest("body", "a subscription (url, entities, kinds) is required");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String refusal = CallbackUrls.refusal(input.url(), config.allowLocalCallbacks());
        if (refusal != null) {
            errors.add(new Problem.FieldError("url", refusal));
        }
        List<String> entities = names(input.entities(), source.feed().entities(), "entities", errors);
        List<String> kinds = names(input.kinds(), KINDS, "kinds", errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        String owner = owner();
        long mine = ((Number) em().createNativeQuery("SELECT count(*) FROM webhook_subscription WHERE owner = :owner")
                .setParameter("owner", owner).getSingleResult()).longValue();
        if (mine >= config.maxPerOwner()) {
            throw ApiException.conflict("This subject already has " + config.maxPerOwner() + " subscriptions; delete one first");
        }
        String secret = Signatures.newSecret();
        Object id = em().createNativeQuery("INSERT INTO webhook_subscription (owner, callback_url, entities, kinds, secret, cursor, status, "
                        + "failures, next_attempt_at, created_at) VALUES (:owner, :url, :entities, :kinds, :secret, "
                        + "(SELECT coalesce(max(seq), 0) FROM revision), 'ACTIVE', 0, now(), now()) RETURNING id")
                .setParameter("owner", owner).setParameter("url", input.url()).setParameter("entities", String.join(",", entities))
                .setParameter("kinds", String.join(",", kinds)).setParameter("secret", secret).getSingleResult();
        SubscriptionView v = find(((Number) id).longValue());
        return new SubscriptionView(v.id(), v.url(), v.entities(), v.kinds(), v.status(), v.cursor(), v.failures(), v.pausedReason(),
                v.nextAttemptAt(), v.createdAt(), secret);
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<SubscriptionView> list() {
        var q = em().createNativeQuery("SELECT " + COLUMNS + " FROM webhook_subscription"
                + (admin() ? "" : " WHERE owner = :owner") + " ORDER BY id");
        if (!admin()) {
            q.setParameter("owner", owner());
        }
        return ((List<Object[]>) q.getResultList()).stream().map(Subscriptions::view).toList();
    }

    @Transactional
    public SubscriptionView get(long id) {
        return find(id);
    }

    @Transactional
    public void delete(long id) {
        find(id);
        em().createNativeQuery("DELETE FROM webhook_subscription WHERE id = :id").setParameter("id", id).executeUpdate();
    }

    /** Active again, with no failures counted, due now: delivery resumes at the change it stopped on. */
    @Transactional
    public SubscriptionView resume(long id) {
        find(id);
        em().createNativeQuery("UPDATE webhook_subscription SET status = 'ACTIVE', failures = 0, paused_reason = NULL, "
                + "next_attempt_at = now() WHERE id = :id").setParameter("id", id).executeUpdate();
        return find(id);
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<DeliveryView> deliveries(long id, Integer limit) {
        find(id);
        int max = limit == null ? 20 : limit;
        if (max < 1 || max > config.attemptsKept()) {
            throw ApiException.badRequest("limit", "must be between 1 and " + config.attemptsKept());
        }
        List<Object[]> rows = em().createNativeQuery("SELECT id, message_id, change_cursor, attempted_at, status_code, latency_ms, error, "
                + "delivered FROM webhook_delivery WHERE subscription_id = :id ORDER BY id DESC LIMIT :max")
                .setParameter("id", id).setParameter("max", max).getResultList();
        return rows.stream().map(r -> new DeliveryView(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                instant(r[3]), r[4] == null ? null : ((Number) r[4]).intValue(), ((Number) r[5]).longValue(), (String) r[6],
                (Boolean) r[7])).toList();
    }

    @SuppressWarnings("unchecked")
    private SubscriptionView find(long id) {
        var q = em().createNativeQuery("SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = :id"
                + (admin() ? "" : " AND owner = :owner")).setParameter("id", id);
        if (!admin()) {
            q.setParameter("owner", owner());
        }
        List<Object[]> rows = q.getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Subscription", id);
        }
        return view(rows.get(0));
    }

    private static SubscriptionView view(Object[] r) {
        return new SubscriptionView(((Number) r[0]).longValue(), (String) r[1], split((String) r[2]), split((String) r[3]), (String) r[4],
                ((Number) r[5]).longValue(), ((Number) r[6]).intValue(), (String) r[7], instant(r[8]), instant(r[9]), null);
    }

    static List<String> split(String list) {
        return list == null || list.isEmpty() ? List.of() : Arrays.asList(list.split(","));
    }

    private static List<String> names(List<String> asked, List<String> known, String field, List<Problem.FieldError> errors) {
        if (asked == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String a : asked) {
            String n = a == null ? "" : a.trim().toLowerCase(Locale.ROOT);
            if (!known.contains(n)) {
                errors.add(new Problem.FieldError(field, "each must be one of " + String.join(", ", known)));
                return List.of();
            }
            if (!out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    private String owner() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    private boolean admin() {
        return identity.hasRole("admin");
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
