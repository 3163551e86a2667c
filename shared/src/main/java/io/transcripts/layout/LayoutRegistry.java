package io.transcripts.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** Every registered layout scores the text; the most confident one reads it. */
public final class LayoutRegistry {
    private final List<TranscriptLayout> layouts;

    public LayoutRegistry(List<TranscriptLayout> layouts) {
        this.layouts = List.copyOf(layouts);
    }

    /** The layouts registered in META-INF/services/io.transcripts.layout.TranscriptLayout. */
    public static LayoutRegistry discover() {
        List<TranscriptLayout> found = new ArrayList<>();
        ServiceLoader.load(TranscriptLayout.class, LayoutRegistry.class.getClassLoader()).forEach(found::add);
        found.sort(Comparator.comparing(TranscriptLayout::family));
        return new LayoutRegistry(found);
    }

    public List<TranscriptLayout> layouts() {
        return layouts;
    }

    public LayoutReading read(SourceText text) {
        TranscriptLayout best = null;
        double bestScore = 0;
        for (TranscriptLayout l : layouts) {
            double c = l.confidence(text);
            if (c > bestScore) {
                best = l;
                bestScore = c;
            }
        }
        if (best == null) {
            return new LayoutReading("unknown", 0, text.nonBlankLines(), List.of(), List.of(), List.of(), List.of(),
                    text.scripts().languages(), List.of("the text matches no known transcript layout"), true);
        }
        return best.read(text, Math.round(bestScore * 100) / 100.0);
    }
}
