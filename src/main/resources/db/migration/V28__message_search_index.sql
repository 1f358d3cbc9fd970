-- The full-text index of cases and messages (messaging.internal.SearchIndex): one row per agency that may see a
-- text (a case's parties for its subject, a message's sender and recipients for its body), normalised term of the
-- text (SearchTerms: lower case, accents folded, any script) and text, with the term's weight in that text. The key
-- starts with the agency and the term, so that a search reads only the searching agency's postings of its terms,
-- and a prefix (term LIKE 'immig%') is a range of that key. Filled for existing texts by V29.
CREATE TABLE msg_search_term (
    agency                  VARCHAR(40)     NOT NULL,
    term                    VARCHAR(64)     NOT NULL,
    case_id                 VARCHAR(36)     NOT NULL,
    source                  VARCHAR(36)     NOT NULL,
    weight                  INTEGER         NOT NULL,
    PRIMARY KEY (agency, term, case_id, source)
);
