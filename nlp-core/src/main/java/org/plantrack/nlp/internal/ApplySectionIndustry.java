package org.plantrack.nlp.internal;

import org.plantrack.nlp.extract.SectionIndustry;

/**
 * Step 11: a generic output name (产值, 增加值, 销售收入) in a section whose heading names an industry becomes that
 * industry's output (第四节 发展壮大矿产业 … 产值600亿元 → 矿产业产值; extract.SectionIndustry).
 */
final class ApplySectionIndustry implements AnalysisStep {

    @Override
    public void apply(AnalysisContext c) {
        c.found = SectionIndustry.apply(c.found, c.spans, c.sections);
    }
}
