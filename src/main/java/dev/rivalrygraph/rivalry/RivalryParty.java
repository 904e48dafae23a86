package dev.rivalrygraph.rivalry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of RIVALRY_PARTY: an actor and the side it stands on. */
@Embeddable
public class RivalryParty {

    @Column(name = "actor_id")
    public Long actorId;

    public int side;
}
