package io.transcripts.language;

import io.transcripts.model.Direction;
import java.util.List;

/** A sentence with the typed spans of every annotator: amounts and ranges, periods, metrics and cues. */
public record AnnotatedSentence(String text, List<Range> ranges, List<PeriodMention> periods, List<MetricMention> metrics,
                                List<CueSpan> cues) {
    public AnnotatedSentence {
        ranges = List.copyOf(ranges);
        periods = List.copyOf(periods);
        metrics = List.copyOf(metrics);
        cues = List.copyOf(cues);
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
        return metrics.stream().filter(m -> !m.blocker()).toList();
    }

    public String between(int from, int to) {
        return from <= to ? text.substring(from, to) : "";
    }
}
