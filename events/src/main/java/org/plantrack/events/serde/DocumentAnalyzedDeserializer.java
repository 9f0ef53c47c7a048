package org.plantrack.events.serde;

import org.plantrack.events.DocumentAnalyzedV1;

public class DocumentAnalyzedDeserializer extends EventDeserializer<DocumentAnalyzedV1> {

    public DocumentAnalyzedDeserializer() {
        super(DocumentAnalyzedV1.class);
    }
}
