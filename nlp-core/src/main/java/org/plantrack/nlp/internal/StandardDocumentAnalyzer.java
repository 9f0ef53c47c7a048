package org.plantrack.nlp.internal;

import java.util.ArrayList;
import java.util.List;
import org.plantrack.nlp.AnalysisHints;
import org.plantrack.nlp.Classification;
import org.plantrack.nlp.CleaningReport;
import org.plantrack.nlp.DocumentAnalysis;
import org.plantrack.nlp.DocumentAnalyzer;
import org.plantrack.nlp.DocumentStructure;
import org.plantrack.nlp.Indicator;
import org.plantrack.nlp.classify.DocumentClassifier;
import org.plantrack.nlp.classify.DomainClassifier;
import org.plantrack.nlp.classify.TitleFinder;
import org.plantrack.nlp.DocumentFormatException;
import org.plantrack.nlp.clean.EncodingDetector;
import org.plantrack.nlp.clean.EscapedMarkup;
import org.plantrack.nlp.clean.HtmlToText;
import org.plantrack.nlp.clean.OcrSpacedDigits;
import org.plantrack.nlp.clean.ScriptConverter;
import org.plantrack.nlp.clean.StrayTags;
import org.plantrack.nlp.clean.TextCleaner;
import org.plantrack.nlp.extract.Found;
import org.plantrack.nlp.extract.IndicatorExtractor;
import org.plantrack.nlp.extract.OwnRegionPrefix;
import org.plantrack.nlp.extract.SectionIndustry;
import org.plantrack.nlp.extract.Years;
import org.plantrack.nlp.format.DocumentFormat;
import org.plantrack.nlp.format.ExtractedText;
import org.plantrack.nlp.format.ExtractionLimits;
import org.plantrack.nlp.format.TextExtractor;
import org.plantrack.nlp.region.IndicatorRegions;
import org.plantrack.nlp.structure.HeadingDetector;
import org.plantrack.nlp.structure.SentenceSplitter;
import org.plantrack.nlp.structure.SentenceSplitter.Span;
import org.plantrack.nlp.table.ColumnSeparators;
import org.plantrack.nlp.table.Table;
import org.plantrack.nlp.table.TableDetectors;
import org.plantrack.nlp.table.TableReader;
import org.plantrack.nlp.table.TableValue;
import org.plantrack.nlp.text.LineSpans;
import org.plantrack.nlp.text.MappedText;

/**
 * The default pipeline: format by magic bytes (PDF and DOCX text extracted, other binary formats refused with a
 * {@link org.plantrack.nlp.DocumentFormatException}) → decode → HTML to text → width normalisation → inline boilerplate → Traditional to
 * Simplified → pinyin glosses → boilerplate lines → spaces → broken lines → mojibake flags; then structure,
 * classification, domains and indicators. Holds no per-document state, so one instance serves all threads.
 */
public final class StandardDocumentAnalyzer implements DocumentAnalyzer {

    private static final class Holder {
        static final StandardDocumentAnalyzer INSTANCE = new StandardDocumentAnalyzer();
    }

    public static StandardDocumentAnalyzer instance() {
        return Holder.INSTANCE;
    }

    /** Weight of the enclosing section's domain when classifying a sentence (≈ one strong keyword). */
    private static final double SECTION_PRIOR = 1.5;

    private final IndicatorExtractor extractor = new IndicatorExtractor();
    private final DomainClassifier domains = new DomainClassifier();
    private final DocumentClassifier classifier = new DocumentClassifier();
    private final ExtractionLimits limits = ExtractionLimits.standard();

    private StandardDocumentAnalyzer() {
        // Touch the script tables and dictionaries now so the first document does not pay for them.
        ScriptConverter.detectScript("預熱");
    }

    @Override
    public DocumentAnalysis analyze(byte[] content, String fileName, AnalysisHints hints) {
        if (content == null) {
            throw new IllegalArgumentException("content must not be null");
        }
        AnalysisHints h = hints == null ? AnalysisHints.none() : hints;
        TextCleaner.Log log = new TextCleaner.Log();
        // The bytes decide the format, not the name: a PDF named .txt is read as a PDF.
        DocumentFormat format = DocumentFormat.detect(content);
        String original;
        String encoding;
        if (format == DocumentFormat.TEXT) {
            EncodingDetector.Decoded decoded = EncodingDetector.decode(content);
            original = decoded.text();
            encoding = decoded.encoding();
            // the same bound as extracted PDF/DOCX text: an upload of ten megabytes of ASCII decodes to ten million
            // characters, several times what any real document holds and what the analysis is sized for
            if (original.length() > limits.maxCharacters()) {
                throw new DocumentFormatException("the text has " + original.length() + " characters, more than the "
                        + limits.maxCharacters() + " one document may have here; split it and upload the parts");
            }
        } else {
            // The extracted text is this document's original text: indicator offsets refer to it.
            ExtractedText extracted = TextExtractor.extract(format, content, limits);
            original = extracted.text();
            encoding = extracted.encoding();
            log.notes.addAll(extracted.notes());
            log.warnings.addAll(extracted.warnings());
        }
        MappedText t = MappedText.identity(original);
        if (format == DocumentFormat.TEXT && EscapedMarkup.holdsEscapedHtml(original)) {
            t = EscapedMarkup.unescape(t);
            log.notes.add("unescaped HTML held in JSON or entity-escaped text");
        }
        if (format == DocumentFormat.TEXT && HtmlToText.looksLikeHtml(t.text(), fileName)) {
            t = HtmlToText.convert(t);
            log.notes.add("converted HTML to text (tables kept as rows of cells separated by |)");
        } else if (format == DocumentFormat.TEXT && StrayTags.present(t.text())) {
            t = StrayTags.remove(t, log);
        }
        // Tab and space-aligned table rows become pipe rows before their gaps are folded into single spaces.
        t = ColumnSeparators.toPipes(t);
        t = TextCleaner.normalizeWidth(t, log);
        t = TextCleaner.removeInlineBoilerplate(t, log);
        String script = ScriptConverter.detectScript(t.text());
        if (!script.equals("simplified")) {
            t = ScriptConverter.toSimplified(t);
            log.notes.add("converted " + script + " Chinese to simplified");
        }
        t = TextCleaner.removePinyinGlosses(t, log);
        t = TextCleaner.removeBoilerplateLines(t, log);
        t = OcrSpacedDigits.join(t, log);
        t = TextCleaner.normalizeSpaces(t, log);
        t = TextCleaner.joinBrokenLines(t, log);
        TextCleaner.detectMojibake(t, log);
        String clean = t.text();
        CleaningReport cleaning = new CleaningReport(encoding, script, original, clean,
                List.copyOf(log.notes), List.copyOf(log.warnings));

        // ---- structure
        List<Span> spans = SentenceSplitter.split(clean);
        List<int[]> lines = LineSpans.of(clean);
        List<DocumentStructure.Heading> headings = new ArrayList<>();
        // the title line is found before the loop: page chrome above it must not become the title
        String title = h.title() != null ? h.title() : TitleFinder.find(clean);
        boolean firstLineIsTitle = title != null && h.title() == null && clean.strip().startsWith(title);
        String author = null;
        int paragraphs = 0;
        for (int[] ln : lines) {
            String line = clean.substring(ln[0], ln[1]);
            if (line.isBlank()) {
                continue;
            }
            paragraphs++;
            if (firstLineIsTitle && paragraphs == 1) {
                continue;
            }
            int level = HeadingDetector.level(line);
            if (paragraphs <= 5 && author == null && HeadingDetector.isPersonName(line)) {
                author = line.replace(" ", "").strip();
                continue;
            }
            if (level > 0 && !IndicatorExtractor.isTableLine(line) && !HeadingDetector.isNonHeading(line)) {
                String ht = HeadingDetector.headingText(line);
                int hs = ln[0] + (line.length() - line.stripLeading().length());
                headings.add(new DocumentStructure.Heading(ht, level, hs, hs + ht.length()));
            } else if (level == 0) {
                // A short topic sentence opening a longer paragraph ("“两个维护”坚定坚决。坚持把…") heads it.
                String topic = HeadingDetector.topicSentence(line);
                if (topic != null) {
                    int hs = ln[0] + (line.length() - line.stripLeading().length());
                    headings.add(new DocumentStructure.Heading(topic, 5, hs, hs + topic.length()));
                }
            }
        }
        String head = clean.substring(0, Math.min(clean.length(), 600));
        DocumentClassifier.Facts facts = classifier.classify(title, head, clean, log.removedLines, h.region(), h.date());
        Integer docYear = yearOf(facts.documentDate());
        if (docYear == null && facts.planPeriod() != null) {
            // Undated plan documents are read as of the first year of their plan period (十四五 → 2021).
            docYear = DocumentClassifier.planStartYear(facts.planPeriod());
        }
        if (docYear == null) {
            // Otherwise as of the year after the latest year the text reports facts for (not 到2025年 goals):
            // reports and reviews are written after the year they describe.
            Integer latest = DocumentClassifier.latestFactYear(clean);
            docYear = latest == null ? null : latest + 1;
        }

        // ---- sections and domains
        List<Classification.SectionDomain> sections = new ArrayList<>();
        // Sections come from numbered/topic-line headings; opening topic sentences (level 5) are reported as
        // headings but do not open sections (too short to decide a domain or a time orientation).
        List<DocumentStructure.Heading> sectionHeadings = headings.stream().filter(x -> x.level() <= 4).toList();
        for (int i = 0; i < sectionHeadings.size(); i++) {
            DocumentStructure.Heading hd = sectionHeadings.get(i);
            int end = clean.length();
            for (int j = i + 1; j < sectionHeadings.size(); j++) {
                if (sectionHeadings.get(j).level() <= hd.level()) {
                    end = sectionHeadings.get(j).start();
                    break;
                }
            }
            String body = clean.substring(hd.start(), Math.min(end, hd.start() + 600));
            DomainClassifier.Result hr = domains.classify(hd.text());
            DomainClassifier.Result br = domains.classify(body);
            DomainClassifier.Result r = hr.confidence() >= 0.5 ? hr : br;
            sections.add(new Classification.SectionDomain(hd.text(), hd.level(), hd.start(), end, r.domain(), r.confidence()));
        }
        String[] sectionKind = new String[spans.size()];
        String[] kinds = sectionKinds(sections);
        Integer[] sectionYears = new Integer[sections.size()];
        for (int i = 0; i < sections.size(); i++) {
            sectionYears[i] = Years.headingYear(sections.get(i).heading(), docYear);
        }
        Integer[] sectionYear = new Integer[spans.size()];
        boolean[] lowConf = new boolean[spans.size()];
        List<DocumentStructure.Sentence> sentences = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            Span sp = spans.get(i);
            String text = clean.substring(sp.start(), sp.end());
            Classification.SectionDomain sec = innermost(sections, sp.start());
            // Own words first; the section's domain acts as a prior that decides weak or mixed sentences.
            DomainClassifier.Result r = sec == null || sec.domain().equals(DomainClassifier.GENERAL)
                    ? domains.classify(text) : domains.classify(text, sec.domain(), SECTION_PRIOR);
            String domain = r.domain();
            double conf = r.confidence();
            List<String> flags = new ArrayList<>(2);
            if (overlaps(log.mojibake, sp.start(), sp.end())) {
                flags.add("mojibake");
            }
            if (log.pdfColumns) {
                flags.add("pdf_columns");
            }
            sentences.add(new DocumentStructure.Sentence(text, sp.start(), sp.end(), sp.paragraph(), domain, conf, flags));
            sectionKind[i] = sectionKindAt(sections, kinds, sp.start());
            sectionYear[i] = sectionYearAt(sections, sectionYears, sp.start());
            lowConf[i] = !flags.isEmpty();
        }
        List<Table> tables = TableDetectors.detect(clean);
        DocumentStructure structure = new DocumentStructure(title, facts.documentDate(), author, List.copyOf(headings),
                paragraphs, List.copyOf(sentences), tables);
        Classification classification = new Classification(facts.genre(), facts.region(), facts.regionLevel(),
                facts.planPeriod(), facts.documentDate(), List.copyOf(sections), facts.regionCode(), facts.regionParent(),
                facts.regionAmbiguous());

        // ---- indicators
        boolean[] headingStart = new boolean[spans.size()];
        int hi = 0;
        for (int i = 0; i < spans.size() && hi < sectionHeadings.size(); i++) {
            while (hi < sectionHeadings.size() && sectionHeadings.get(hi).start() < spans.get(i).start()) {
                hi++;
            }
            if (hi < sectionHeadings.size() && sectionHeadings.get(hi).start() == spans.get(i).start()) {
                headingStart[i] = true;
            }
        }
        List<Found> found = extractor.extract(clean, spans,
                new IndicatorExtractor.Context(docYear, sectionKind, lowConf, headingStart, sectionYear));
        List<TableValue> tableValues = TableReader.read(tables, docYear);
        found = withoutOwnRegion(found, tableValues, facts.region());
        found = SectionIndustry.apply(found, spans, sections);
        List<Indicator> indicators = new ArrayList<>(found.size());
        for (Found f : found) {
            DocumentStructure.Sentence s = sentences.get(f.sentenceIndex());
            // The metric's own words decide the domain when they can (a sentence may list several domains).
            DomainClassifier.Result mr = domains.classify(f.metric());
            String domain = mr.domain().equals(DomainClassifier.GENERAL) ? s.domain() : mr.domain();
            indicators.add(new Indicator(f.metric(), f.value(), f.unit(), f.kind(), f.qualifier(), f.change(), f.baseline(),
                    f.year(), s.text(), t.originOf(f.start()), t.originEnd(f.end()), domain, f.confidence(),
                    new Indicator.CleanedSpan(f.start(), f.end(), s.start(), s.end()), f.attribute()));
        }
        addTableIndicators(tables, tableValues, t, indicators);
        // ---- regions named per clause or table row (其中，太原市…; a row per city); the rest keep the document's
        List<Indicator> located = IndicatorRegions.standard().assign(indicators, clean, facts.regionCode());
        return new DocumentAnalysis(cleaning, structure, classification, List.copyOf(located));
    }

    /** The metric step that drops the document's own region in front of a metric (extract.OwnRegionPrefix). */
    private static List<Found> withoutOwnRegion(List<Found> found, List<TableValue> tableValues, String region) {
        OwnRegionPrefix own = OwnRegionPrefix.of(region);
        List<String> metrics = new ArrayList<>(found.size() + tableValues.size());
        found.forEach(f -> metrics.add(f.metric()));
        tableValues.forEach(v -> metrics.add(v.found().metric()));
        if (own == null || own.namesOtherPlaces(metrics)) {
            return found;
        }
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            String metric = own.strip(f.metric());
            out.add(metric.equals(f.metric()) ? f : new Found(metric, f.value(), f.unit(), f.kind(), f.qualifier(),
                    f.change(), f.baseline(), f.year(), f.sentenceIndex(), f.start(), f.end(), f.confidence(),
                    f.attribute()));
        }
        return out;
    }

    /**
     * The table step: one indicator per value cell of each table (org.plantrack.nlp.table). What the sentence
     * extractor found inside a table that the reader understood is dropped, the cells say it with their headers.
     */
    private void addTableIndicators(List<Table> tables, List<TableValue> values, MappedText t, List<Indicator> indicators) {
        if (values.isEmpty()) {
            return;
        }
        List<Table> read = tables.stream()
                .filter(tb -> values.stream().anyMatch(v -> tb.covers(v.found().start()))).toList();
        indicators.removeIf(i -> read.stream().anyMatch(tb -> tb.covers(i.cleaned().valueStart())));
        for (TableValue v : values) {
            Found f = v.found();
            DomainClassifier.Result mr = domains.classify(f.metric());
            String domain = mr.domain().equals(DomainClassifier.GENERAL) ? domains.classify(v.sentence()).domain() : mr.domain();
            indicators.add(new Indicator(f.metric(), f.value(), f.unit(), f.kind(), f.qualifier(), f.change(), f.baseline(),
                    f.year(), v.sentence(), t.originOf(f.start()), t.originEnd(f.end()), domain, f.confidence(),
                    new Indicator.CleanedSpan(f.start(), f.end(), v.rowStart(), v.rowEnd()), f.attribute()));
        }
        indicators.sort(java.util.Comparator.comparingInt(i -> i.cleaned().valueStart()));
    }

    private static Classification.SectionDomain innermost(List<Classification.SectionDomain> sections, int pos) {
        Classification.SectionDomain best = null;
        for (Classification.SectionDomain s : sections) {
            if (s.start() <= pos && pos < s.end() && (best == null || s.level() >= best.level())) {
                best = s;
            }
        }
        return best;
    }

    /**
     * Kind implied by the headings around a position. Reports review first and then look ahead, so a
     * top-level section without a cue that follows a section with one (一、过去五年的回顾 → 二、…) is forward-looking.
     */
    private static String[] sectionKinds(List<Classification.SectionDomain> sections) {
        String[] kinds = new String[sections.size()];
        String previousTop = null;
        for (int i = 0; i < sections.size(); i++) {
            Classification.SectionDomain s = sections.get(i);
            String k = IndicatorExtractor.sectionKind(s.heading());
            if (s.level() == 1) {
                if (k == null && previousTop != null) {
                    k = "target";
                }
                if (k != null) {
                    previousTop = k;
                }
            }
            kinds[i] = k;
        }
        return kinds;
    }

    private static String sectionKindAt(List<Classification.SectionDomain> sections, String[] kinds, int pos) {
        String kind = null;
        int level = 0;
        for (int i = 0; i < sections.size(); i++) {
            Classification.SectionDomain s = sections.get(i);
            if (s.start() <= pos && pos < s.end() && kinds[i] != null && s.level() >= level) {
                kind = kinds[i];
                level = s.level();
            }
        }
        return kind;
    }

    /** The year of the innermost dated section around a position (一、2024年工作回顾 → 2024), or null. */
    private static Integer sectionYearAt(List<Classification.SectionDomain> sections, Integer[] years, int pos) {
        Integer year = null;
        int level = 0;
        for (int i = 0; i < sections.size(); i++) {
            Classification.SectionDomain s = sections.get(i);
            if (s.start() <= pos && pos < s.end() && years[i] != null && s.level() >= level) {
                year = years[i];
                level = s.level();
            }
        }
        return year;
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] sp : spans) {
            if (sp[0] < end && sp[1] > start) {
                return true;
            }
        }
        return false;
    }

    private static Integer yearOf(String date) {
        if (date == null || date.length() < 4) {
            return null;
        }
        try {
            return Integer.parseInt(date.substring(0, 4));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
