package org.plantrack.events.serde;

import org.plantrack.events.TargetUpdatedV1;

public class TargetUpdatedDeserializer extends EventDeserializer<TargetUpdatedV1> {

    public TargetUpdatedDeserializer() {
        super(TargetUpdatedV1.class);
    }
}
