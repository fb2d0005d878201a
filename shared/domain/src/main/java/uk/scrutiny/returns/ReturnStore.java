package uk.scrutiny.returns;

import java.util.List;
import java.util.Set;
import uk.scrutiny.areas.AreaList;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.Targets;
import uk.scrutiny.commentary.Commentary;
import uk.scrutiny.period.Period;

/**
 * Where uploads are kept: the ledger of processed files (with each file's provenance), the
 * catalogue, the targets, every value's revisions and each figure's current value. A return's
 * values are staged as revisions first; one conditional write commits the file; then each value is
 * promoted to its figure's current item unless a newer upload's already is; then the file is marked
 * current, and only then are its values visible to readers. So readers never see half a return,
 * and an older upload processed late never becomes current.
 */
public interface ReturnStore {
    /** Claims the upload in the ledger (conditional write), or says it is already claimed or done. */
    FileState begin(Upload upload, String provider);

    /** Writes one batch of a file's values as revisions, invisible to readers until {@link #commit}. Idempotent. */
    void stage(Upload upload, String provider, List<Observation> batch);

    /**
     * Makes every staged value of the file current, in one conditional write. {@code indicators}
     * are the codes the file changed (what to republish), or empty for the catalogue or targets,
     * which can change every indicator's rating.
     */
    void commit(Upload upload, long rows, Set<String> indicators);

    /**
     * After {@link #commit}: makes each value of the batch its figure's current value, in one
     * conditional write per figure, unless an upload that sorts later already did (its revision is
     * still counted). Idempotent, so a retry after a crash can promote the whole file again.
     */
    void promote(Upload upload, List<Observation> batch);

    /**
     * Marks a committed file current once every value is promoted (the ledger's COMMITTED to
     * CURRENT): readers see its values from then on, and this is the event that republishes.
     */
    void finish(Upload upload);

    /** Records that the file was rejected: nothing of it is stored. */
    void reject(Upload upload, long errorCount);

    /** Replaces the catalogue, unless a newer upload of it already has. */
    void replaceCatalogue(Upload upload, Catalogue catalogue);

    /** Replaces the targets, unless a newer upload of them already has. */
    void replaceTargets(Upload upload, Targets targets);

    Catalogue catalogue();

    /** Remembers a rejected return to check again when a newer catalogue commits. */
    void awaitCatalogue(Upload upload, String provider);

    /** The rejected returns waiting for a newer catalogue. */
    List<Upload> awaitingCatalogue();

    /**
     * Claims a waiting return for checking again and reopens its ledger item, in conditional
     * writes; false if another delivery already claimed it.
     */
    boolean reopen(Upload upload);

    /** Whether this figure has an accepted value now (committed, and not withdrawn since): it can be withdrawn. */
    boolean isCurrent(String indicatorCode, String areaCode, Period period);

    /** Whether any figure has been stored for this indicator code, in any file. */
    boolean hasFigures(String indicatorCode);

    Targets targets();

    /** Replaces the areas file in force, unless a newer upload of it already has. */
    default void replaceAreas(Upload upload, AreaList areas) {
        throw new UnsupportedOperationException("This store does not keep an areas file");
    }

    /** The areas file in force, or {@link AreaList#none()} when none has been uploaded. */
    default AreaList areas() {
        return AreaList.none();
    }

    /**
     * Writes a commentary file's rows, invisible to readers until {@link #commit}; with its
     * provenance, keeping every earlier upload's rows as history. Idempotent.
     */
    default void stageCommentary(Upload upload, List<Commentary> rows) {
        throw new UnsupportedOperationException("This store does not keep commentary");
    }
}
