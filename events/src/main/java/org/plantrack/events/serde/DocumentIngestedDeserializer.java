package org.plantrack.events.serde;

import org.plantrack.events.DocumentIngestedV1;

public class DocumentIngestedDeserializer extends EventDeserializer<DocumentIngestedV1> {

    public DocumentIngestedDeserializer() {
        super(DocumentIngestedV1.class);
    }
}
