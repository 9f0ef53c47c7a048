package org.plantrack.nlp;

import java.util.List;

/**
 * What kind of document this is and what it is about.
 *
 * @param genre        plan_outline, plan_proposal, government_work_report, party_congress_report, speech,
 *                     editorial, news, statistical_communique, sector_plan or other
 * @param region       full standard name of the region the document is about (全国 for national), or null
 * @param regionLevel  national, province, city, county or null (known from 全市/我县 even when the name is not)
 * @param planPeriod   e.g. "十四五" (older periods too: 九五, 十五, 十二五), or null
 * @param documentDate ISO date (yyyy-MM-dd, or yyyy-MM / yyyy when that is all the text says), or null
 * @param regionCode   GB/T 2260 code of the region (000000 for 全国), or null when the registry does not resolve it
 * @param regionParent GB/T 2260 code of the enclosing region (province of a city, city of a county), or null
 * @param regionAmbiguous the region's name has namesakes in the registry (鼓楼区) and the text does not say which:
 *                    the name is kept as written, without code
 */
public record Classification(
        String genre,
        String region,
        String regionLevel,
        String planPeriod,
        String documentDate,
        List<SectionDomain> sections,
        String regionCode,
        String regionParent,
        boolean regionAmbiguous) {

    /** Without region codes (the original shape of this record). */
    public Classification(String genre, String region, String regionLevel, String planPeriod, String documentDate,
            List<SectionDomain> sections) {
        this(genre, region, regionLevel, planPeriod, documentDate, sections, null, null, false);
    }

    public record SectionDomain(String heading, int level, int start, int end, String domain, double confidence) {
    }
}
