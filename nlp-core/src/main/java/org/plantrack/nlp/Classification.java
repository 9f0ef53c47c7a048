package org.plantrack.nlp;

import java.util.List;

/**
 * What kind of document this is and what it is about.
 *
 * @param genre       plan_outline, plan_proposal, government_work_report, party_congress_report, speech,
 *                    editorial, news or other
 * @param planPeriod  e.g. "十四五", or null
 * @param regionLevel national, province, city, county or null
 * @param documentDate ISO date (yyyy-MM-dd, or yyyy-MM / yyyy when that is all the text says), or null
 */
public record Classification(
        String genre,
        String region,
        String regionLevel,
        String planPeriod,
        String documentDate,
        List<SectionDomain> sections) {

    public record SectionDomain(String heading, int level, int start, int end, String domain, double confidence) {
    }
}
