package vn.dunghan.procedure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/fields} and {@code PUT /api/v1/fields/{code}}. */
public record FieldRequest(
    @NotBlank
        @Pattern(
            regexp = "^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$",
            message = "must be 1-32 letters, digits, '.', '_' or '-'")
        String code,
    @NotBlank @Size(max = 255) String name,
    Boolean demo) {}
