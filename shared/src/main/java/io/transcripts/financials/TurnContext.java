package io.transcripts.financials;

import io.transcripts.language.Metrics;
import io.transcripts.model.Direction;
import io.transcripts.model.FiscalPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a turn has said so far that later sentences lean on: the period its outlook is about ("For
 * the third quarter, ..." then sentences without a period) and the directions it announced ("we are
 * reiterating guidance for fiscal 2024", then the ranges) and the period its results are about. A turn
 * starts empty.
 */
final class TurnContext {
    /** A direction announced for a period (null: any) and metrics (empty: all). */
    record Hint(Direction direction, FiscalPeriod period, Set<String> families) {
        boolean covers(FiscalPeriod p, String metric) {
            return (period == null || period.equals(p)) && (families.isEmpty() || families.contains(family(metric)));
        }
    }

    private FiscalPeriod period;
    private FiscalPeriod sectionPeriod;
    private FiscalPeriod reportedPeriod;
    private boolean forward;
    private final List<Hint> hints = new ArrayList<>();

    FiscalPeriod period() {
        return forward ? period : null;
    }

    boolean forward() {
        return forward;
    }

    /**
     * A sentence that looks ahead; {@code named} is the period it names, if any, and {@code section}
     * says it is the outlook's own ("the outlook for the third quarter"), not one sentence's subject.
     */
    void lookingAhead(FiscalPeriod named, boolean section) {
        forward = true;
        if (named != null) {
            period = named;
            if (section) {
                sectionPeriod = named;
            }
        }
    }

    /** A new block of paragraphs: a period one sentence set ("For the full year, ...") gives way to the outlook's own. */
    void newBlock() {
        if (sectionPeriod != null) {
            period = sectionPeriod;
        }
    }

    /** A sentence that reports results ends the outlook it followed. */
    void reporting() {
        forward = false;
        period = null;
        sectionPeriod = null;
    }

    /** The period results are being reported for: "In the first six months of 2024, ..." sets it for the sentences after. */
    FiscalPeriod reportedPeriod() {
        return reportedPeriod;
    }

    void reportingFor(FiscalPeriod p) {
        reportedPeriod = p;
    }

    void hint(Hint h) {
        hints.add(h);
    }

    /** The latest announced direction that covers the item. */
    Direction hinted(FiscalPeriod p, String metric) {
        for (int i = hints.size() - 1; i >= 0; i--) {
            if (hints.get(i).covers(p, metric)) {
                return hints.get(i).direction();
            }
        }
        return null;
    }

    /** "GAAP net income" announces for EPS too; an EBITDA margin goes with EBITDA (language/metrics.tsv). */
    static String family(String metric) {
        return Metrics.get(metric).family();
    }
}
