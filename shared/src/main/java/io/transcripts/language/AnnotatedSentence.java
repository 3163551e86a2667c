package io.transcripts.language;

import io.transcripts.model.Direction;
import java.util.List;
import java.util.function.Supplier;

/**
 * A sentence with the typed spans of every annotator: amounts and ranges, periods, metrics and cues.
 * The metrics are read when first asked for: most sentences of a call name no value, no period and
 * no direction, and a reader that has no use for their metrics then never pays for them.
 */
public final class AnnotatedSentence {
    private final String text;
    private final List<Range> ranges;
    private final List<PeriodMention> periods;
    private final List<CueSpan> cues;
    private Supplier<List<MetricMention>> metricsSource;
    private List<MetricMention> metrics;

    AnnotatedSentence(String text, List<Range> ranges, List<PeriodMention> periods, Supplier<List<MetricMention>> metrics,
                      List<CueSpan> cues) {
        this.text = text;
        this.ranges = List.copyOf(ranges);
        this.periods = List.copyOf(periods);
        this.metricsSource = metrics;
        this.cues = List.copyOf(cues);
    }

    public String text() {
        return text;
    }

    public List<Range> ranges() {
        return ranges;
    }

    public List<PeriodMention> periods() {
        return periods;
    }

    public List<CueSpan> cues() {
        return cues;
    }

    /** The metric mentions and blockers, in order of position. */
    public List<MetricMention> metrics() {
        if (metrics == null) {
            metrics = List.copyOf(metricsSource.get());
            metricsSource = null;
        }
        return metrics;
    }

    public boolean has(Cue cue) {
        return cues.stream().anyMatch(c -> c.cue() == cue);
    }

    /** Where the first cue of a role starts; {@link Integer#MAX_VALUE} when there is none. */
    public int start(Cue cue) {
        return cues.stream().filter(c -> c.cue() == cue).mapToInt(CueSpan::start).findFirst().orElse(Integer.MAX_VALUE);
    }

    /** The direction cues, in order of position. */
    public List<CueSpan> directions() {
        return cues.stream().filter(c -> c.cue().direction() != null).toList();
    }

    public boolean says(Direction d) {
        return directions().stream().anyMatch(c -> c.cue().direction() == d);
    }

    /** The metrics named, blockers left out. */
    public List<MetricMention> named() {
        return metrics().stream().filter(m -> !m.blocker()).toList();
    }

    public String between(int from, int to) {
        return from <= to ? text.substring(from, to) : "";
    }
}
