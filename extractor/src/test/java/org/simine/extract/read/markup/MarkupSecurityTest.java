package org.simine.extract.read.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simine.extract.ExtractionResult;
import org.simine.extract.InputException;
import org.simine.extract.InputProblem;
import org.simine.extract.TestInputs;
import org.simine.extract.faults.HostileMarkup;
import org.simine.extract.read.DocumentReaders;
import org.simine.model.Record;

/** What the fault corpus cannot see: that hostile XML reads nothing it should not, and fails fast. */
class MarkupSecurityTest {
    @TempDir
    Path dir;

    @Test
    void anExternalEntityNamingALocalFileReadsNothing() throws Exception {
        Path file = dir.resolve("xxe.xml");
        HostileMarkup.xxe(file);
        ExtractionResult result;
        try {
            result = TestInputs.extractor().extract(file);
        } catch (InputException e) {
            assertFalse(e.getMessage().contains(HostileMarkup.SECRET), e.getMessage());
            return;
        }
        assertFalse(result.document().pages().get(0).text().contains(HostileMarkup.SECRET));
        for (Record r : result.records()) {
            assertFalse(r.toString().contains(HostileMarkup.SECRET), r::toString);
        }
    }

    @Test
    void aBillionLaughsBombFailsAtOnce() throws Exception {
        Path file = dir.resolve("bomb.xml");
        Files.writeString(file, HostileMarkup.jats(billionLaughs(), "x &lol9;"));
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(InputException.class, () -> DocumentReaders.read(file)));
        assertEquals(InputProblem.CORRUPT_XML, e.problem());
        assertTrue(e.getMessage().startsWith(file + ": not well-formed XML ("), e.getMessage());
    }

    @Test
    void aDtdOnTheNetworkIsNeverFetched() throws Exception {
        Path file = dir.resolve("dtd.xml");
        // A routable address that never answers: a parser that fetched it would hang until its own timeout.
        Files.writeString(file, HostileMarkup.jats("<!DOCTYPE article PUBLIC \"-//NLM//DTD JATS//EN\" "
                + "\"http://10.255.255.1/JATS-archivearticle1.dtd\">\n", "The Si@C anode shows an ICE of 86.9%."));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> DocumentReaders.read(file));
    }

    private static String billionLaughs() {
        StringBuilder d = new StringBuilder("<!DOCTYPE article [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            d.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return d.append("]>\n").toString();
    }
}
