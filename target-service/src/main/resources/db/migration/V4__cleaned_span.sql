-- Where an indicator's value and sentence sit in the cleaned text of its document (IndicatorV1.cleaned), so the
-- web UI can highlight them in GET /api/documents/{id}/text. Null for indicators of events written before
-- nlp-service filled the span; readers then list the indicator without a highlight.
alter table indicator add column cleaned_value_start int;
alter table indicator add column cleaned_value_end int;
alter table indicator add column cleaned_sentence_start int;
alter table indicator add column cleaned_sentence_end int;
