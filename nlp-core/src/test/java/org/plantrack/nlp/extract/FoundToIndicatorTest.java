package org.plantrack.nlp.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plantrack.nlp.Indicator;
import org.plantrack.nlp.text.MappedText;

/**
 * A found value becomes an indicator in one place ({@link Found#toIndicator}): every component the two records
 * share by name arrives unchanged, found by reflection, so a field added to both and forgotten in the mapping fails
 * here; a field only {@link Found} has must be named below as not carried. Sentence written for the test.
 */
class FoundToIndicatorTest {

    /** Full-width indentation the cleaning removes: cleaned offsets are two less than the original ones. */
    private static final String INDENT = "\u3000\u3000";
    private static final String SENTENCE = "到2025年，森林覆盖率由41.2%提高到45.5%以上。";

    /** A value for every component, none a default, no two alike. */
    private static Found found(MappedText cleaned) {
        int start = cleaned.text().indexOf("45.5%");
        return new Found("森林覆盖率", new BigDecimal("45.5"), "%", "target", ">=", "increase", new BigDecimal("41.2"),
                2025, 3, start, start + "45.5%".length(), 0.83, Indicator.BINDING);
    }

    private static MappedText cleaned() {
        MappedText original = MappedText.identity(INDENT + SENTENCE);
        return original.builder().copy(INDENT.length(), original.length()).build();
    }

    @Test
    void everyComponentBothRecordsNameArrivesUnchanged() {
        MappedText cleaned = cleaned();
        Found f = found(cleaned);
        Map<String, Object> sent = components(f);
        assertThat(sent).doesNotContainValue(null);
        assertThat(sent.values().stream().distinct()).as("no two components alike").hasSize(sent.size());

        Indicator indicator = f.toIndicator(SENTENCE, 0, SENTENCE.length(), "ecology", cleaned);

        Map<String, Object> received = components(indicator);
        // the offsets change meaning (cleaned text → original text, checked below); the sentence index is the
        // analyzer's bookkeeping: the indicator carries the sentence itself
        Set<String> notCarriedByName = Set.of("start", "end", "sentenceIndex");
        Set<String> carried = sent.keySet().stream().filter(name -> !notCarriedByName.contains(name))
                .collect(Collectors.toSet());
        assertThat(received.keySet()).as("Indicator has a component for every component of Found")
                .containsAll(carried);
        carried.forEach(name -> assertThat(received.get(name)).as(name).isEqualTo(sent.get(name)));
    }

    @Test
    void offsetsPointIntoTheOriginalTextAndTheSpanIntoTheCleanedOne() {
        MappedText cleaned = cleaned();
        Found f = found(cleaned);

        Indicator indicator = f.toIndicator(SENTENCE, 0, SENTENCE.length(), "ecology", cleaned);

        String original = INDENT + SENTENCE;
        assertThat(original.substring(indicator.start(), indicator.end())).isEqualTo("45.5%");
        assertThat(indicator.start()).isEqualTo(f.start() + INDENT.length());
        assertThat(indicator.cleaned()).isEqualTo(
                new Indicator.CleanedSpan(f.start(), f.end(), 0, SENTENCE.length()));
        assertThat(indicator.sentence()).isEqualTo(SENTENCE);
        assertThat(indicator.domain()).isEqualTo("ecology");
        assertThat(indicator.region()).as("the region step decides the region").isNull();
    }

    @Test
    void anotherMetricNameKeepsEveryOtherComponent() {
        Found f = found(cleaned());

        Found renamed = f.withMetric("全省森林覆盖率");

        Map<String, Object> before = components(f);
        Map<String, Object> after = components(renamed);
        assertThat(after.get("metric")).isEqualTo("全省森林覆盖率");
        before.remove("metric");
        after.remove("metric");
        assertThat(after).isEqualTo(before);
    }

    private static Map<String, Object> components(Record record) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : Arrays.asList(record.getClass().getRecordComponents())) {
            try {
                out.put(c.getName(), c.getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }
}
