package org.plantrack.targetservice.repository;

import org.plantrack.web.problem.ProblemException;
import org.plantrack.web.problem.ProblemType;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.plantrack.targetservice.service.TargetStatusRule;
import org.plantrack.targetservice.service.CatalogueMetrics;

/** The filters shared by the indicator and target lists (bound from the query string). */
public class QueryFilter {

    @QueryParam("documentId")
    public String documentId;
    /** A GB/T 2260 code or a region name (resolved through the registry: 太原 = 太原市 140100). */
    @QueryParam("region")
    public String region;
    /** A GB/T 2260 code: that region and every region under it (within=140000: all of 山西省). */
    @QueryParam("within")
    public String within;
    /** Canonical metric or the metric as written. */
    @QueryParam("metric")
    public String metric;
    /** A catalogue indicator id (gdp): every indicator whose metric names it, however worded; targets and series keyed by it. */
    @QueryParam("indicator")
    public String indicator;
    /** A target status (achieved, on_track, lagging, no_data). Targets only. */
    @QueryParam("status")
    public String status;
    @QueryParam("domain")
    public String domain;
    /** actual or target. */
    @QueryParam("kind")
    public String kind;
    /** Plan period, e.g. 十四五. */
    @QueryParam("period")
    public String period;
    @QueryParam("yearFrom")
    public Integer yearFrom;
    @QueryParam("yearTo")
    public Integer yearTo;
    /** Text searched in the source sentence (indicators) or the metric and sentences (targets). */
    @QueryParam("q")
    public String q;
    @QueryParam("page")
    @DefaultValue("0")
    public int page;
    @QueryParam("size")
    @DefaultValue("100")
    public int size;
    /** Comma-separated fields, '-' in front for descending, e.g. -year,value. */
    @QueryParam("sort")
    public String sort;
    /** csv for CSV output (same as Accept: text/csv). */
    @QueryParam("format")
    public String format;

    public static final int MAX_SIZE = 1000;

    public void validate() {
        if (page < 0) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER,
                    "size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        if (kind != null && !kind.isBlank() && !kind.equals("actual") && !kind.equals("target")) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "kind must be actual or target, was " + kind);
        }
        if (has(indicator) && !CatalogueMetrics.known(indicator.strip())) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "indicator '" + indicator.strip()
                    + "' is not an id of the indicator catalogue (ids look like gdp, forest_coverage)");
        }
        RegionCondition.validate(region, within);
        if (has(status) && TargetStatusRule.Status.ofCode(status.strip()) == null) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "status must be achieved, on_track, lagging or no_data, was " + status);
        }
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER,
                    "yearFrom " + yearFrom + " is after yearTo " + yearTo);
        }
    }

    static boolean has(String s) {
        return s != null && !s.isBlank();
    }
}
