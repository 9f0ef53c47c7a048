package org.plantrack.nlp.region;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrack.nlp.text.CjkChars;
import org.plantrack.regions.Region;
import org.plantrack.regions.RegionLevel;
import org.plantrack.regions.RegionRegistry;

/**
 * The region a value is about when its sentence says so: the region that is the subject of the clause holding the
 * value (其中，太原市地区生产总值5000亿元 → 太原市), or of the nearest clause before it in the same sentence that has
 * one (太原市地区生产总值5000亿元，增长6% → both 太原市). A subject opens its clause, after connectives and time
 * words (其中, 同时, 2023年, 全年); a place named later in the clause is named in passing (向北京输送电力, 占全省的比重)
 * and decides nothing.
 * <p>
 * 全省, 全市, 全县 (and 我省, 本市 …) at the opening are the document's region, or its enclosing division of that tier
 * (全省 in a city's report is its province): they end the search too, so 太原市…，全省… gives the second clause the
 * province. A sentence whose clauses name no region leaves the value with the document's region (null here).
 */
public final class ClauseSubjectRegion {

    /** Where one clause ends and the next begins; | parts the cells of a table row (its first cell names the row). */
    private static final String CLAUSE_MARKS = "，,；;：:。！？!?|\n";
    /** Words that may precede a clause's subject: connectives, and the time the clause is about. */
    private static final Pattern LEADING = Pattern.compile("^(?:其中|而|另外|此外|同时|但|全年|年末|年底|年初|上半年|下半年|"
            + "前三季度|一季度|\\d{4}年(?:末|底|全年|上半年)?|今年|去年|上年|截至\\S{0,12}?(?:年|月|日|末|底))");
    /** How many clauses with words, the value's and those before it, may name its subject. */
    private static final int MAX_CLAUSES = 4;
    /** How far from the value, in characters, a clause's opening may lie. */
    private static final int REACH = 240;
    /** How much of a clause's opening can hold a region's name (the longest full names have twelve characters). */
    private static final int OPENING = 24;
    /** The whole territory (全省) or the speaker's own one (我市, 本县) at a clause's opening, with its tier. */
    private static final Pattern OWN_TIER = Pattern.compile("^(?:全|我|本)(省|自治区|市|州|县|区)");

    private final RegionAtStart names;
    private final RegionRegistry registry;

    public ClauseSubjectRegion(RegionAtStart names, RegionRegistry registry) {
        this.names = names;
        this.registry = registry;
    }

    /**
     * @param sentence       the sentence
     * @param valueOffset    where the value stands in the sentence
     * @param documentRegion the document's region, or null
     * @return the subject region with where its name stands in the sentence, or null when no clause up to the
     *         value's names one
     */
    public Found find(String sentence, int valueOffset, Region documentRegion) {
        return find(sentence, 0, valueOffset, documentRegion);
    }

    /**
     * The same inside a longer text, without copying the sentence out of it.
     *
     * @param text          the text
     * @param sentenceStart where the value's sentence starts in it
     * @param valueOffset   where the value stands in it
     * @return the subject region with where its name stands in the text, or null
     */
    public Found find(String text, int sentenceStart, int valueOffset, Region documentRegion) {
        String sentence = text;
        int clauseEnd = clauseEndAfter(sentence, valueOffset);
        int worded = 0;
        for (int k = 0; worded < MAX_CLAUSES && clauseEnd > sentenceStart; k++) {
            // the value's clause is searched back from the value, an earlier one from before its closing mark
            int clauseStart = clauseStartBefore(sentence, sentenceStart, k == 0 ? valueOffset : clauseEnd - 1,
                    valueOffset);
            if (clauseStart < 0) {
                return null;
            }
            int[] clause = {clauseStart, clauseEnd};
            if (hasWords(sentence, clauseStart, clauseEnd)) {
                worded++;
            }
            int start = subjectStart(sentence, clause);
            String rest = sentence.substring(start, Math.min(clauseEnd, start + OPENING));
            Matcher own = OWN_TIER.matcher(rest);
            if (own.find()) {
                Region tier = ownTier(own.group(1), documentRegion);
                return tier == null ? null : new Found(tier, start, start + own.end());
            }
            RegionAtStart.Match m = names.find(rest, documentRegion);
            if (m != null) {
                return new Found(m.region(), start, start + m.length());
            }
            clauseEnd = clauseStart;
        }
        return null;
    }

    /** Whether a clause holds Chinese words: a table cell of figures alone does not count as one of the clauses looked at. */
    private static boolean hasWords(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (CjkChars.isHan(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A subject region and where its name stands in the sentence. */
    public record Found(Region region, int nameStart, int nameEnd) {
    }

    /** Where the clause holding {@code offset} ends (after its mark), looking no further than {@link #REACH}. */
    private static int clauseEndAfter(String sentence, int offset) {
        int limit = Math.min(sentence.length(), offset + REACH);
        for (int i = Math.max(0, offset); i < limit; i++) {
            if (CLAUSE_MARKS.indexOf(sentence.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return limit;
    }

    /**
     * Where the clause ending before {@code before} starts: after the previous clause mark, or the sentence's start;
     * -1 when that lies further than {@link #REACH} before the value (so long a look-back says nothing reliable, and
     * the work per value stays bounded in a run-on "sentence" of thousands of values).
     */
    private static int clauseStartBefore(String sentence, int sentenceStart, int before, int valueOffset) {
        int limit = Math.max(sentenceStart, valueOffset - REACH);
        for (int i = before - 1; i >= limit; i--) {
            if (CLAUSE_MARKS.indexOf(sentence.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return limit == sentenceStart ? sentenceStart : -1;
    }

    /** Where the subject of a clause may start: after blanks, connectives and time words. */
    private static int subjectStart(String sentence, int[] clause) {
        int start = clause[0];
        boolean moved = true;
        while (moved && start < clause[1]) {
            moved = false;
            while (start < clause[1] && Character.isWhitespace(sentence.charAt(start))) {
                start++;
                moved = true;
            }
            Matcher lead = LEADING.matcher(sentence.substring(start, clause[1]));
            if (lead.find() && lead.end() > 0) {
                start += lead.end();
                moved = true;
            }
        }
        return start;
    }

    /**
     * The document's region when its name ends in the tier word (全市 in 临江市's report, a county-level city, or in
     * 北京市's, a province-level one), else its enclosing division of that tier, else null.
     */
    private Region ownTier(String tierWord, Region documentRegion) {
        if (documentRegion == null) {
            return null;
        }
        if (documentRegion.name().endsWith(tierWord)) {
            return documentRegion;
        }
        RegionLevel level = switch (tierWord) {
            case "省", "自治区" -> RegionLevel.PROVINCE;
            case "市", "州" -> RegionLevel.CITY;
            default -> RegionLevel.COUNTY;
        };
        for (Region r : registry.path(documentRegion)) {
            if (r.level() == level) {
                return r;
            }
        }
        // 全市 in the report of a 直辖市 (a province-level city), 全区 in a 区's
        return documentRegion.level() == RegionLevel.PROVINCE && level == RegionLevel.CITY
                || tierWord.equals("区") ? documentRegion : null;
    }
}
