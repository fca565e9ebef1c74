package vn.dunghan.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An operator's request for a new version of a closed period's snapshot (signed by the token). */
public record SnapshotRequest(
    @NotBlank @Size(max = 8) String period,
    @Size(max = 16) String window,
    @NotBlank @Size(max = 1000) String reason) {}
