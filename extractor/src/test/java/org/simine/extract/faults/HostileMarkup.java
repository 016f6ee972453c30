package org.simine.extract.faults;

import static org.simine.extract.faults.FaultCorpus.SENTENCE;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.simine.extract.InputProblem;
import org.simine.extract.faults.FaultCorpus.Expect;
import org.simine.extract.faults.FaultCorpus.Fault;

/**
 * Broken and hostile publisher XML and HTML: malformed and truncated XML, entity bombs (exponential and
 * quadratic), external entities that point at a local file or a DTD on the network, a 200 MB file, an HTML login
 * page, unknown XML schemas, deep nesting, misnamed files. Each names what a correct reader does with it.
 */
public final class HostileMarkup {
    /** What an external entity in {@link #xxe} points at; it must never reach the text or the records. */
    public static final String SECRET = "SECRET-7d1f0c2e-must-not-be-read";
    static final String XXE_SECRET_FILE = "xxe-secret.txt";

    private HostileMarkup() {
    }

    /** A JATS article whose body paragraph is {@code paragraph} (markup allowed), with an optional DOCTYPE. */
    public static String jats(String doctype, String paragraph) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype
                + "<article><front><article-meta><article-id pub-id-type=\"doi\">10.9999/fault.1</article-id>"
                + "<title-group><article-title>A Si@C anode</article-title></title-group></article-meta></front>"
                + "<body><sec><title>Results</title><p>" + paragraph + "</p></sec></body></article>\n";
    }

    static String elsevier(String paragraph) {
        return "<full-text-retrieval-response xmlns=\"http://www.elsevier.com/xml/svapi/article/dtd\" "
                + "xmlns:ce=\"http://www.elsevier.com/xml/common/dtd\" xmlns:prism=\"http://prismstandard.org/namespaces/basic/2.0/\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><coredata><prism:doi>10.9999/fault.2</prism:doi>"
                + "<dc:title>A Si@C anode</dc:title></coredata><originalText><ce:sections><ce:section>"
                + "<ce:label>3</ce:label><ce:section-title>Results</ce:section-title><ce:para>" + paragraph
                + "</ce:para></ce:section></ce:sections></originalText></full-text-retrieval-response>\n";
    }

    static String html(String body) {
        return "<!DOCTYPE html><html><head><meta name=\"citation_title\" content=\"A Si@C anode\">"
                + "<meta name=\"citation_doi\" content=\"10.9999/fault.3\"></head><body><div id=\"wrapper\">"
                + body + "</div></body></html>\n";
    }

    static String rscBody() {
        return "<p class=\"abstract\">" + SENTENCE + "</p><h2>Results</h2><span>" + SENTENCE + "</span>"
                + "<p class=\"otherpara\">The electrode was cycled.</p><p class=\"otherpara\">It was stable.</p>";
    }

    public static List<Fault> all() {
        List<Fault> faults = new ArrayList<>();
        faults.add(text("jats.xml", Expect.RECORDS, jats("", SENTENCE)));
        faults.add(text("elsevier.xml", Expect.RECORDS, elsevier(SENTENCE)));
        faults.add(text("rsc.html", Expect.RECORDS, html(rscBody())));
        faults.add(text("jats-without-extension", Expect.RECORDS, jats("", SENTENCE)));
        faults.add(text("html-named-xml.xml", Expect.RECORDS, html(rscBody())));
        faults.add(text("jats-named-html.html", Expect.RECORDS, jats("", SENTENCE)));
        faults.add(new Fault("jats-utf16.xml", Expect.RECORDS, f -> Files.write(f, FaultCorpus.concat(
                new byte[] {(byte) 0xFE, (byte) 0xFF}, jats("", SENTENCE).replace("UTF-8", "UTF-16")
                        .getBytes(StandardCharsets.UTF_16BE)))));
        faults.add(new Fault("pdf-named-xml.xml", Expect.RECORDS,
                f -> FaultCorpus.pdf(f, List.of(SENTENCE), null, null)));
        faults.add(text("malformed.xml", Expect.INPUT_ERROR, jats("", SENTENCE + "<sec><p>unclosed"))
                .refusedAs(InputProblem.CORRUPT_XML));
        faults.add(text("truncated.xml", Expect.INPUT_ERROR, jats("", SENTENCE).substring(0, 300))
                .refusedAs(InputProblem.CORRUPT_XML));
        faults.add(text("billion-laughs.xml", Expect.INPUT_ERROR, jats(billionLaughs(), SENTENCE + " &lol9;"))
                .refusedAs(InputProblem.CORRUPT_XML));
        faults.add(text("quadratic-blowup.xml", Expect.INPUT_ERROR, jats("<!DOCTYPE article [<!ENTITY a \""
                + "x".repeat(100_000) + "\">]>", SENTENCE + " " + "&a;".repeat(2_000)))
                .refusedAs(InputProblem.CORRUPT_XML));
        faults.add(new Fault("xxe-file-read.xml", Expect.EITHER, HostileMarkup::xxe));
        faults.add(new Fault("xxe-parameter-entity.xml", Expect.EITHER, f -> {
            Path secret = secret(f);
            Files.writeString(f, jats("<!DOCTYPE article [<!ENTITY % p SYSTEM \"" + secret.toUri()
                    + "\"> %p;]>\n", SENTENCE));
        }));
        faults.add(text("external-dtd-on-the-network.xml", Expect.EITHER, jats(
                "<!DOCTYPE article PUBLIC \"-//NLM//DTD JATS//EN\" \"http://127.0.0.1:9/JATS-archivearticle1.dtd\">\n",
                SENTENCE)));
        faults.add(new Fault("two-hundred-mb.xml", Expect.INPUT_ERROR, HostileMarkup::twoHundredMegabytes)
                .refusedAs(InputProblem.TOO_LARGE));
        faults.add(text("login-page.html", Expect.INPUT_ERROR, "<!DOCTYPE html><html><head><title>Sign in</title>"
                + "</head><body><form action=\"/login\"><h1>Sign in to read this article</h1><input name=\"user\">"
                + "<input type=\"password\" name=\"pw\"><button>Sign in</button></form><p>Forgot your password?</p>"
                + "</body></html>").refusedAs(InputProblem.UNSUPPORTED_TYPE));
        faults.add(text("empty-html.html", Expect.INPUT_ERROR, "<html></html>").refusedAs(InputProblem.UNSUPPORTED_TYPE));
        faults.add(text("tei.xml", Expect.INPUT_ERROR, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>"
                + SENTENCE + "</p></body></text></TEI>").refusedAs(InputProblem.UNSUPPORTED_TYPE));
        faults.add(text("elsevier-metadata-only.xml", Expect.INPUT_ERROR,
                "<full-text-retrieval-response xmlns=\"http://www.elsevier.com/xml/svapi/article/dtd\"><coredata/>"
                        + "</full-text-retrieval-response>").refusedAs(InputProblem.UNSUPPORTED_TYPE));
        faults.add(text("jats-front-only.xml", Expect.INPUT_ERROR, "<article><front><article-meta><article-title>x"
                + "</article-title></article-meta></front></article>").refusedAs(InputProblem.UNSUPPORTED_TYPE));
        faults.add(text("deeply-nested.xml", Expect.EITHER, jats("", "<sec>".repeat(100_000) + SENTENCE
                + "</sec>".repeat(100_000))));
        faults.add(text("deeply-nested.html", Expect.EITHER, html("<p class=\"abstract\">" + SENTENCE + "</p>"
                + "<div>".repeat(100_000) + "<p>" + SENTENCE + "</p>" + "</div>".repeat(100_000))));
        faults.add(FaultCorpus.bytes("random-bytes.xml", Expect.INPUT_ERROR, random(7, 20_000)));
        faults.add(text("not-markup.html", Expect.INPUT_ERROR, "Plain words saved under an HTML name. " + SENTENCE).refusedAs(InputProblem.UNSUPPORTED_TYPE));
        faults.add(text("citations-only.xml", Expect.EITHER, jats("", "<xref ref-type=\"bibr\" rid=\"b1\">1</xref>"
                .repeat(50_000))));
        faults.add(text("huge-table.xml", Expect.EITHER, jats("", SENTENCE + "</p><table-wrap><label>Table 1</label>"
                + "<table><tr><th colspan=\"999999\" rowspan=\"999999\">Capacity (mA h g<sup>-1</sup>)</th></tr>"
                + "<tr><td>1</td></tr></table></table-wrap><p>x")));
        return List.copyOf(faults);
    }

    static Fault text(String name, Expect expect, String content) {
        return new Fault(name, expect, f -> Files.writeString(f, content));
    }

    static String billionLaughs() {
        StringBuilder d = new StringBuilder("<!DOCTYPE article [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            d.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        return d.append("]>\n").toString();
    }

    /** A JATS article whose paragraph holds an external entity naming a local file with {@link #SECRET}. */
    public static void xxe(Path f) throws IOException {
        Path secret = secret(f);
        Files.writeString(f, jats("<!DOCTYPE article [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n",
                SENTENCE + " &xxe;"));
    }

    private static Path secret(Path f) throws IOException {
        Path secret = f.resolveSibling(XXE_SECRET_FILE);
        Files.writeString(secret, SECRET);
        return secret;
    }

    /** A well-formed JATS article of 200 MB (one paragraph repeated): refused by size, never parsed. */
    static void twoHundredMegabytes(Path f) throws IOException {
        byte[] paragraph = ("<p>" + SENTENCE + "</p>\n").getBytes(StandardCharsets.UTF_8);
        byte[] block = new byte[paragraph.length * 8192];
        for (int i = 0; i < 8192; i++) {
            System.arraycopy(paragraph, 0, block, i * paragraph.length, paragraph.length);
        }
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write(jats("", SENTENCE).replace("</p></sec></body></article>\n", "</p>")
                    .getBytes(StandardCharsets.UTF_8));
            long written = 0;
            while (written < 200L * 1000 * 1000) {
                out.write(block);
                written += block.length;
            }
            out.write("</sec></body></article>\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static byte[] random(int seed, int size) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
