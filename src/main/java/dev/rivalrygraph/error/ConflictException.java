package dev.rivalrygraph.error;

import io.smallrye.graphql.api.ErrorCode;

/**
 * An update named a version of the record that is no longer current: someone else changed it in between. Reported
 * with the current version ({@code extensions.currentVersion}), so that the client can re-read and decide.
 */
@ErrorCode("CONFLICT")
public class ConflictException extends Exception {

    private final long currentVersion;

    public ConflictException(String message, long currentVersion) {
        super(message, null, false, false);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
