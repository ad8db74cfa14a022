package org.bilateral.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each application's Dockerfile.jvm: base pinned by digest, non-root user the pods also use, fast-jar layout. */
class ContainerImageTest {

    static List<String> workloads() {
        return Apps.WORKLOADS;
    }

    @ParameterizedTest
    @MethodSource("workloads")
    void dockerfileIsPinnedNonRootFastJarMatchingThePodUser(String module) {
        String df = Apps.of(module).dockerfile();
        assertFalse(df.isEmpty(), module + " has no src/main/docker/Dockerfile.jvm");
        Matcher from = Pattern.compile("(?m)^FROM\\s+(\\S+)").matcher(df);
        assertTrue(from.find(), "no FROM");
        String base = from.group(1);
        // pinned by digest: written out, or a build argument that has no default (the build stops without it)
        Matcher arg = Pattern.compile(".+:[0-9][0-9A-Za-z.+-]*@\\$\\{(\\w+)}").matcher(base);
        if (arg.matches()) {
            assertTrue(Pattern.compile("(?m)^ARG\\s+" + arg.group(1) + "\\s*$").matcher(df.substring(0, from.start())).find(),
                    module + ": " + arg.group(1) + " must be an ARG before FROM, without a default digest");
        } else {
            assertTrue(base.matches(".+@sha256:[0-9a-f]{64}"), module + " base image not pinned by digest: " + base);
        }
        assertFalse(from.find(), module + ": one stage only");
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\d+)").matcher(df);
        assertTrue(user.find(), module + " sets no numeric USER");
        int uid = Integer.parseInt(user.group(1));
        assertTrue(uid > 0, module + " runs as root");
        for (String layer : List.of("quarkus-app/lib/", "quarkus-app/app/", "quarkus-app/quarkus/", "quarkus-app/*.jar")) {
            assertTrue(df.contains("COPY --chown=" + uid + " target/" + layer), module + " fast-jar layer " + layer);
        }
        for (String overlay : Rendered.overlays()) {
            Deployment d = ApplicationCrossCheckTest.deployment(overlay, module);
            assertEquals(uid, d.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser().intValue(),
                    overlay + "/" + module + " runs as another uid than the image's USER");
        }
    }
}
