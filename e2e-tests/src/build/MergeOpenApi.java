import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.gateway.service.OpenApiMerger;

/**
 * Build step of e2e-tests (run by exec-maven-plugin as a single-file Java program): merges the
 * OpenAPI documents the applications wrote at build time (quarkus.smallrye-openapi.store-schema-directory)
 * with the gateway's OWN merge code, exactly as the running gateway serves /q/openapi.
 *
 * Arguments: the output file, the gateway's own document, then service=document pairs in the
 * gateway's order (trade, agreements, ventures).
 */
public class MergeOpenApi {
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: MergeOpenApi <out.json> <gateway.json> <service>=<doc.json>...");
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        JsonNode own = mapper.readTree(read(Path.of(args[1])));
        List<OpenApiMerger.Part> parts = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            parts.add(new OpenApiMerger.Part(pair[0], mapper.readTree(read(Path.of(pair[1]))), false, null, null));
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        mapper.writeValue(out.toFile(), OpenApiMerger.merge(own, parts));
        System.out.println("[e2e-tests] merged OpenAPI document written to " + out);
    }

    private static byte[] read(Path file) throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: package the applications first (./mvnw -B install -DskipTests); "
                    + "they write their OpenAPI document there at build time (quarkus.smallrye-openapi.store-schema-directory)");
        }
        return Files.readAllBytes(file);
    }
}
