package uk.scrutiny.publish;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import uk.scrutiny.areas.AreaList;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Targets;
import uk.scrutiny.commentary.CommentaryBook;
import uk.scrutiny.returns.ReportedValue;

/**
 * What the recalculation reads: the catalogue and targets in force, and the current figures.
 * Only committed files are ever visible here, so a publish never shows half a return.
 */
public interface StoredFigures {
    Catalogue catalogue();

    Targets targets();

    /**
     * The current value of every figure of these indicators, every area and period, with revision
     * counts. An indicator whose stored figures cannot be read is handed to {@code unreadable} and
     * left out, so that one indicator's bad data never stops the others being published.
     */
    List<ReportedValue> currentValues(
            Collection<Indicator> indicators, BiConsumer<Indicator, RuntimeException> unreadable);

    /** The areas file in force, or {@link AreaList#none()} when none has been uploaded. */
    default AreaList areas() {
        return AreaList.none();
    }

    /** Every committed commentary row, current and history; {@link CommentaryBook#none()} when there is none. */
    default CommentaryBook commentary() {
        return CommentaryBook.none();
    }

    /**
     * Each indicator's stored rating result (its part of the summary, by code) made from inputs
     * with this fingerprint; parts made from other inputs are left out. Empty when none are kept,
     * which makes every recalculation a full one.
     */
    default Map<String, byte[]> ratingResults(String fingerprint) {
        return Map.of();
    }

    /** Keeps these indicators' rating results (by code), made from inputs with this fingerprint. */
    default void saveRatingResults(String fingerprint, Map<String, byte[]> results) {}
}
