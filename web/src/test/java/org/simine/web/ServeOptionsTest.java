package org.simine.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServeOptionsTest {
    @Test
    void loopbackNeedsNoWarningAndAnythingElseGetsOne() {
        assertNull(ServeOptions.loopback(8080).exposureWarning());
        assertNull(new ServeOptions("localhost", 8080).exposureWarning());
        assertNull(new ServeOptions("::1", 8080).exposureWarning());
        String warning = new ServeOptions("0.0.0.0", 8080).exposureWarning();
        assertTrue(warning.startsWith("WARNING: serving on 0.0.0.0:8080"), warning);
        assertFalse(new ServeOptions("no-such-host.invalid", 8080).isLoopback(), "an unknown name is never safe");
        assertThrows(IllegalArgumentException.class, () -> new ServeOptions("127.0.0.1", 65536));
        assertThrows(IllegalArgumentException.class, () -> new ServeOptions(" ", 80));
    }

    @Test
    void paperIdsRoundTripAndRefuseAnythingElse() {
        for (String doc : new String[] {"10.1039/d4ee05595k", "sha256:00ff", "10.1002/(SICI)1097;2-L<x>#?"}) {
            String id = PaperIds.of(doc);
            assertTrue(id.matches("[A-Za-z0-9_-]+"), id);
            assertEquals(Optional.of(doc), PaperIds.docId(id));
        }
        assertEquals(Optional.empty(), PaperIds.docId("../../etc/passwd"));
        assertEquals(Optional.empty(), PaperIds.docId("a/b"));
        assertEquals(Optional.empty(), PaperIds.docId(""));
        assertEquals(Optional.empty(), PaperIds.docId("x".repeat(PaperIds.MAX_LENGTH + 1)));
    }

    @Test
    void theHostHeaderIsReadWithoutItsPort() {
        assertEquals("localhost", RequestGuard.hostName("LocalHost:8080"));
        assertEquals("[::1]", RequestGuard.hostName("[::1]:8080"));
        assertEquals("127.0.0.1", RequestGuard.hostName("127.0.0.1"));
        assertNull(RequestGuard.hostName(" "));
    }
}
