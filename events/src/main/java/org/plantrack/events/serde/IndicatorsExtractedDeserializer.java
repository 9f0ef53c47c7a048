package org.plantrack.events.serde;

import org.plantrack.events.IndicatorsExtractedV1;

public class IndicatorsExtractedDeserializer extends EventDeserializer<IndicatorsExtractedV1> {

    public IndicatorsExtractedDeserializer() {
        super(IndicatorsExtractedV1.class);
    }
}
