-- ICAO 9303's codes of a person without a defined nationality (XXA stateless, XXB and XXC refugees, XXX nationality
-- unspecified) are citizenships a record may hold, and have no ISO 3166-1 alpha-2. The rows themselves come from
-- reference/countries.csv, which the repeatable migration R__country_list brings the table to after this one.
alter table country alter column alpha2 drop not null;
