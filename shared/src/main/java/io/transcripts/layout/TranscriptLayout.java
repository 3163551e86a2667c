package io.transcripts.layout;

/**
 * One transcript layout family. Implementations are found with {@link java.util.ServiceLoader}
 * (META-INF/services), so adding a layout means adding a class, its registration and its fixture.
 */
public interface TranscriptLayout {

    /** The contract's family name, e.g. {@code motley-fool}. */
    String family();

    /** How well the text fits this layout, from 0 (not at all) to 1 (certain). */
    double confidence(SourceText text);

    /**
     * The most confidence this layout ever gives, whatever the text: the registry does not score a
     * layout that could not beat the best found already.
     */
    default double ceiling() {
        return 1.0;
    }

    /** Reads the text as this layout. Called only on the layout with the best confidence. */
    LayoutReading read(SourceText text, double confidence);
}
