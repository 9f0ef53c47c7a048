package org.plantrack.events.serde;

import org.plantrack.events.IndicatorEventV1;

public class IndicatorEventDeserializer extends EventDeserializer<IndicatorEventV1> {

    public IndicatorEventDeserializer() {
        super(IndicatorEventV1.class);
    }
}
