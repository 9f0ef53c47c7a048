-- The region of an analysed document as a GB/T 2260 code with its parent's code (nlp-core's region registry), beside
-- the name already stored in region. Both null when the name is not resolved (unknown place, or namesakes the text
-- does not decide) and for documents analysed before this migration until they are analysed again.
alter table documents add column region_code varchar(12);
alter table documents add column region_parent_code varchar(12);
create index documents_region_code_idx on documents (region_code);
