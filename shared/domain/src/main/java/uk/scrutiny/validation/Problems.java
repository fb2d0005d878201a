package uk.scrutiny.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every problem found in a file, in the order found. The report lists the first {@value #LISTED}
 * in full and counts the rest, so a file where every one of a million rows is wrong still gives a
 * report that can be read (and stored in S3) rather than one that exhausts memory.
 */
public final class Problems {
    public static final int LISTED = 1000;

    private final List<Problem> listed = new ArrayList<>();
    private long total;

    public void add(long line, String column, String message) {
        add(new Problem(line, column, message));
    }

    public void add(Problem problem) {
        total++;
        if (listed.size() < LISTED) {
            listed.add(problem);
        }
    }

    public boolean isEmpty() {
        return total == 0;
    }

    public long total() {
        return total;
    }

    public List<Problem> listed() {
        return Collections.unmodifiableList(listed);
    }
}
