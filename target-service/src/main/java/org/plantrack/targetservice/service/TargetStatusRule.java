package org.plantrack.targetservice.service;

import org.plantrack.catalogue.Direction;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Grades a target the way a plan's mid-term review grades its main indicators: achieved, on track, lagging, or no
 * data. The expected value of a year lies on the straight path from the baseline (at the baseline year) to the target
 * (at the target year); the latest actual is on track when it is at or beyond that path, give or take
 * {@link #TOLERANCE} of the distance from baseline to target.
 * <p>
 * WHY a tolerance of 5 % of the distance: published figures are rounded (a share to one decimal of a percent, a total
 * to 0.1 亿元), and most indicators grow along a compound rather than a straight path, so in the early years an actual
 * that will reach the target sits slightly below the line. 5 % of the distance absorbs both without calling a target
 * on track that has covered, say, only half of the way its calendar share asks for.
 * <p>
 * Which side is "better" comes first from the target's qualifier (≥: at least, ≤: at most), then from the catalogue
 * indicator's direction (turned round for a stated decrease: a larger fall of energy use per unit of GDP is better),
 * then from the path itself (target above baseline: higher is better). A target on the worse side of its baseline is
 * a limit (a ceiling or floor already kept): missing it is lagging, there is no path to be on. Stateless.
 */
public final class TargetStatusRule {

    /** Share of the distance baseline → target an actual may fall short of the path and still be on track. */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.05");

    private static final MathContext MC = MathContext.DECIMAL64;

    /** A target's status; {@link #code()} is what REST and events carry. */
    public enum Status {
        ACHIEVED("achieved"), ON_TRACK("on_track"), LAGGING("lagging"), NO_DATA("no_data");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /** The status of a code, or null when the code is none of them. */
        public static Status ofCode(String code) {
            for (Status s : values()) {
                if (s.code.equals(code)) {
                    return s;
                }
            }
            return null;
        }
    }

    /**
     * What the rule reads of a target; values in one unit.
     *
     * @param qualifier ">=", "<=", "~" or null, as the target statement wrote it
     * @param direction the catalogue indicator's direction, null for a free metric
     * @param decrease  true when the target is a stated decrease (下降13.5%) rather than a level
     * @param rate      true when the target is a growth rate (地区生产总值增长6%, {@link GrowthRates}): a pace to keep
     *                  every year, not a level to reach
     */
    public record Inputs(BigDecimal baseline, Integer baselineYear, BigDecimal latestActual, Integer latestActualYear,
                         BigDecimal targetValue, Integer targetYear, String qualifier, Direction direction,
                         boolean decrease, boolean rate) {

        /** A target that is a level (or a change of one), not a growth rate. */
        public Inputs(BigDecimal baseline, Integer baselineYear, BigDecimal latestActual, Integer latestActualYear,
                      BigDecimal targetValue, Integer targetYear, String qualifier, Direction direction,
                      boolean decrease) {
            this(baseline, baselineYear, latestActual, latestActualYear, targetValue, targetYear, qualifier, direction,
                    decrease, false);
        }
    }

    private TargetStatusRule() {
    }

    public static Status grade(Inputs in) {
        if (in.targetValue() == null || in.latestActual() == null || in.latestActualYear() == null) {
            return Status.NO_DATA;
        }
        if (in.baselineYear() != null && in.latestActualYear() <= in.baselineYear()) {
            return Status.NO_DATA; // nothing measured since the plan started
        }
        int better = betterSide(in);
        if (in.rate()) {
            return gradeRate(in, better);
        }
        BigDecimal actual = in.latestActual();
        BigDecimal target = in.targetValue();
        boolean achieved = better == 0 ? actual.compareTo(target) == 0 : Integer.signum(actual.compareTo(target)) * better >= 0;
        if (achieved) {
            return Status.ACHIEVED;
        }
        if (in.targetYear() != null && in.latestActualYear() >= in.targetYear()) {
            return Status.LAGGING; // the target year came and the target was not met
        }
        if (in.baseline() == null || in.baselineYear() == null || in.targetYear() == null
                || in.targetYear() <= in.baselineYear()) {
            return Status.NO_DATA; // no path to compare with
        }
        BigDecimal distance = target.subtract(in.baseline());
        if (distance.signum() == 0 || (better != 0 && distance.signum() != better)) {
            // the target is a limit the baseline already kept (失业率控制在5.5%以内 from 5.2%): not meeting it now
            // means the limit was broken, whatever the path would allow
            return Status.LAGGING;
        }
        int pathSide = distance.signum();
        BigDecimal share = BigDecimal.valueOf(in.latestActualYear() - in.baselineYear())
                .divide(BigDecimal.valueOf(in.targetYear() - in.baselineYear()), MC);
        BigDecimal expected = in.baseline().add(distance.multiply(share, MC), MC);
        BigDecimal slack = distance.abs().multiply(TOLERANCE, MC);
        BigDecimal ahead = actual.subtract(expected).multiply(BigDecimal.valueOf(pathSide));
        return ahead.compareTo(slack.negate()) >= 0 ? Status.ON_TRACK : Status.LAGGING;
    }

    /**
     * A growth rate is a pace the plan asks for every year (年均增长6%), so there is no path from a baseline to draw:
     * the latest year's rate at or beyond the target is on track, and achieved once the target year has come; short
     * of it by at most {@link #TOLERANCE} of the target rate (published rates are rounded, 增长6%左右) it is on track
     * before the target year; otherwise lagging. A rate without a side is better higher (a growth).
     */
    private static Status gradeRate(Inputs in, int better) {
        int side = better == 0 ? 1 : better;
        BigDecimal ahead = in.latestActual().subtract(in.targetValue()).multiply(BigDecimal.valueOf(side));
        boolean targetYearCame = in.targetYear() != null && in.latestActualYear() >= in.targetYear();
        if (ahead.signum() >= 0) {
            return targetYearCame ? Status.ACHIEVED : Status.ON_TRACK;
        }
        BigDecimal slack = in.targetValue().abs().multiply(TOLERANCE, MC);
        return !targetYearCame && ahead.compareTo(slack.negate()) >= 0 ? Status.ON_TRACK : Status.LAGGING;
    }

    /** +1 when higher values are better, -1 when lower are, 0 when nothing says which. */
    static int betterSide(Inputs in) {
        if (">=".equals(in.qualifier())) {
            return 1;
        }
        if ("<=".equals(in.qualifier())) {
            return -1;
        }
        if (in.direction() == Direction.HIGHER || in.direction() == Direction.LOWER) {
            int side = in.direction() == Direction.HIGHER ? 1 : -1;
            return in.decrease() ? -side : side;
        }
        if (in.baseline() != null && in.targetValue() != null) {
            return Integer.signum(in.targetValue().compareTo(in.baseline()));
        }
        return 0;
    }
}
