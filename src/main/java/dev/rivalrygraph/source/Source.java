package dev.rivalrygraph.source;

import dev.rivalrygraph.fact.DatePrecision;
import dev.rivalrygraph.fact.Node;
import dev.rivalrygraph.node.GlobalId;
import dev.rivalrygraph.persistence.AnyOf;
import dev.rivalrygraph.persistence.Batches;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Entity
@Table(name = "source")
@Type("Source")
@Description("A published article the graph's facts come from. Every citation points at one.")
public class Source extends PanacheEntityBase implements Node {

    @Id
    @SequenceGenerator(name = "source_seq", sequenceName = "source_seq", allocationSize = 50)
    @GeneratedValue(generator = "source_seq")
    @Ignore
    public Long id;

    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Name("id")
    @Description("Global, opaque and stable identifier of this record. Pass it to `node(id:)`, or to the `id` "
            + "argument of the lookup for its type.")
    public String getGlobalId() {
        return GlobalId.of("Source", id);
    }

    /** Classpath file a seed source's body is loaded from, by the V3 migration. */
    @Ignore
    @Column(name = "seed_file")
    public String seedFile;

    @NonNull
    @Description("The article's headline.")
    public String title;

    @Description("The outlet that published it, when the text names one.")
    public String publisher;

    @Description("The byline, when the text gives one.")
    public String author;

    @Column(name = "published_on")
    @Description("When it was published, to `publishedPrecision`. Inferred from the text when not printed: see `publishedNote`.")
    public LocalDate publishedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "published_precision")
    @Description("How precisely `publishedOn` is known.")
    public DatePrecision publishedPrecision;

    @Column(name = "published_note")
    @Description("How the publication date was established.")
    public String publishedNote;

    @Column(name = "language_note")
    @Description("Notes on language: several sources are English translations, with transliterations left in.")
    public String languageNote;

    @Description("The article's address, when the text gives one.")
    public String url;

    @Version
    @NonNull
    @Description("Incremented by every change. `updateSource` must name the version it read; an older one is "
            + "refused with CONFLICT.")
    public long version;

    /** The full text; lazy so that lists of sources do not carry it. Exposed as {@code text}. */
    @Ignore
    @Basic(fetch = FetchType.LAZY)
    public String body;

    public static Optional<Source> byTitle(String title) {
        return find("lower(title) = lower(?1) order by id", title).firstResultOptional();
    }

    /** The full texts of these sources in one statement, not one lazy load per row. */
    public static List<String> bodies(List<Source> sources) {
        Map<Long, String> byId = bodiesById(Batches.keys(sources, s -> s.id));
        return sources.stream().map(s -> byId.get(s.id)).toList();
    }

    /** The full texts of the sources with these ids, in one statement. */
    public static Map<Long, String> bodiesById(Collection<Long> ids) {
        Map<Long, String> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            getEntityManager()
                    .createQuery("select s.id, s.body from Source s where any_of(:ids, s.id)", Object[].class)
                    .setParameter("ids", AnyOf.ids(ids))
                    .getResultList()
                    .forEach(row -> byId.put((Long) row[0], (String) row[1]));
        }
        return byId;
    }
}
