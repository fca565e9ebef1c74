package vn.dunghan.unit;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PUT /api/v1/units/{code}/staff/{subject}}; {@code active} defaults to true.
 */
public record StaffRequest(
    @NotBlank @Size(max = 255) String name,
    @Size(max = 255) String title,
    @Email @Size(max = 254) String email,
    Boolean active) {}
