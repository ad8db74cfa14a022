package org.bilateral.ventures.api.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.bilateral.ventures.domain.Product;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A product line, as a request body states it; the view answers the same shape, so what GET answers can be sent back. */
@Schema(name = "VentureProduct", description = "A product line; HS code only where it maps")
public record ProductInput(
        @Schema(description = "Product in our words", examples = "Unmanned aircraft (drones)") @NotBlank @Size(max = 300) String name,
        @Schema(description = "HS code: 2 (chapter), 4, 6, 8 or 10 digits", examples = "8806")
        @Pattern(regexp = "[0-9]{2}([0-9]{2}([0-9]{2}([0-9]{2}([0-9]{2})?)?)?)?", message = "must be an HS code of 2, 4, 6, 8 or 10 digits")
        String hsCode) {

    public static ProductInput of(Product p) {
        return new ProductInput(p.name(), p.hsCode());
    }

    public Product toProduct() {
        return new Product(name, hsCode);
    }
}
