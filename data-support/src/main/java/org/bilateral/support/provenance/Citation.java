package org.bilateral.support.provenance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where in which document a fact is stated. */
@Schema(name = "Citation", description = "A source document and the place in it that states the fact")
public record Citation(
        @Schema(description = "Id of a source document (see the sources endpoint)", examples = "000_86346d2b20f6c8b6")
        @NotBlank @Size(max = 64) String source,
        @Schema(description = "Where in the document: paragraph number", examples = "p7")
        @NotBlank @Size(max = 64) String locator) {
}
