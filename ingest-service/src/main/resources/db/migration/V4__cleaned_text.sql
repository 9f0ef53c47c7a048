-- The cleaned text of the current analysis run, as nlp-service reported it (DocumentAnalyzedV1.cleanedText).
-- Indicator and section offsets refer to it, so the web UI can highlight them. Null until a run is ANALYZED;
-- cleared when a new run starts or the document is deleted.
alter table documents add column cleaned_text text;
