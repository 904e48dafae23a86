package dev.rivalrygraph.organization;

import dev.rivalrygraph.actor.AbstractActor;
import dev.rivalrygraph.actor.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Entity
@Table(name = "organization")
@DiscriminatorValue("ORGANIZATION")
@Type("Organization")
@Description("A company, startup, investor, lab, university, government body or media outlet.")
public class Organization extends AbstractActor implements Actor {

    @NonNull
    @Enumerated(EnumType.STRING)
    @Column(name = "org_kind")
    @Description("What sort of organization this is.")
    public OrganizationKind kind;

    @Description("The country the sources place it in, when they do.")
    public String country;

    @Ignore
    @Column(name = "parent_id")
    public Long parentId;
}
