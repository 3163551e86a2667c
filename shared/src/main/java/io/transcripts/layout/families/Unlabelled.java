package io.transcripts.layout.families;

import io.transcripts.layout.Boilerplate;
import io.transcripts.layout.LayoutReading;
import io.transcripts.layout.RawTurn;
import io.transcripts.layout.Sections;
import io.transcripts.layout.SourceText;
import io.transcripts.layout.UnlabelledReader;
import java.util.ArrayList;
import java.util.List;

/** Shared reading of the label-free families: furniture out, turns from hand-over cues. */
final class Unlabelled {
    private Unlabelled() {
    }

    static LayoutReading reading(String family, double confidence, SourceText text, List<String> units) {
        List<String> speech = new ArrayList<>();
        List<String> boilerplate = new ArrayList<>();
        java.util.Set<Integer> qaHeadingBefore = new java.util.HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            int promo = Boilerplate.promoBlockLength(units, i);
            if (promo > 0) {
                boilerplate.addAll(units.subList(i, i + promo));
                i += promo - 1;
            } else if (Boilerplate.isFurniture(units.get(i))) {
                boilerplate.add(units.get(i));
            } else if (Sections.isQaHeading(units.get(i))) {
                boilerplate.add(units.get(i)); // a heading, no speech: the Q&A opens with what follows
                qaHeadingBefore.add(speech.size());
            } else {
                speech.add(units.get(i));
            }
        }
        List<RawTurn> turns = UnlabelledReader.read(speech, qaHeadingBefore);
        return new LayoutReading(family, confidence, List.of(), turns, List.of(), boilerplate, List.of(),
                text.scripts().languages(), List.of(), true);
    }
}
