package io.transcripts.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** Every registered layout scores the text; the most confident one reads it. */
public final class LayoutRegistry {
    private final List<TranscriptLayout> layouts;

    /** The layouts, highest ceiling first; ties in family order. */
    private final List<TranscriptLayout> byCeiling;
    /** Each layout's place in family order, which breaks ties between equal confidences. */
    private final java.util.Map<TranscriptLayout, Integer> order = new java.util.IdentityHashMap<>();

    public LayoutRegistry(List<TranscriptLayout> layouts) {
        this.layouts = List.copyOf(layouts);
        for (int i = 0; i < this.layouts.size(); i++) {
            order.put(this.layouts.get(i), i);
        }
        this.byCeiling = this.layouts.stream().sorted(Comparator.comparingDouble(TranscriptLayout::ceiling).reversed()).toList();
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

    /**
     * The most confident layout reads the text; of equally confident ones, the first in family
     * order. Layouts are scored highest ceiling first, and one whose ceiling cannot beat the best so
     * far is not scored: a vendor export known at 0.98 pays for no scoring of the generic layouts.
     */
    public LayoutReading read(SourceText text) {
        TranscriptLayout best = null;
        double bestScore = 0;
        for (TranscriptLayout l : byCeiling) {
            if (l.ceiling() < bestScore || l.ceiling() == bestScore && (best == null || order.get(l) > order.get(best))) {
                continue;
            }
            double c = l.confidence(text);
            if (c > bestScore || c == bestScore && c > 0 && order.get(l) < order.get(best)) {
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
