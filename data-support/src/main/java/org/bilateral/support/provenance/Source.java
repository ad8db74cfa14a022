package org.bilateral.support.provenance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;

/** A document facts are taken from. Each service keeps its own copy in its own schema. */
@Entity
@Table(name = "source")
public class Source extends PanacheEntityBase {

    @Id
    public String id;
    @Column(nullable = false)
    public String publisher;
    @Column(name = "relayed_from")
    public String relayedFrom;
    public String dateline;
    @Column(name = "published_on")
    public LocalDate publishedOn;
    @Column(name = "published_on_inferred", nullable = false)
    public boolean publishedOnInferred;
    @Column(name = "date_basis")
    public String dateBasis;
    @Column(nullable = false)
    public String summary;

    public static List<Source> allInOrder() {
        return list("order by id");
    }

    public SourceView toView() {
        return new SourceView(id, publisher, relayedFrom, dateline, publishedOn, publishedOnInferred, dateBasis, summary);
    }
}
