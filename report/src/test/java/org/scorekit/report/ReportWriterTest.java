package org.scorekit.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorekit.csv.CsvFormatException;

class ReportWriterTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Pattern DATA_URI =
            Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");

    /** The fixture's report, rendered once for the tests that only read it. */
    private static ReportFiles fixture;

    @TempDir
    Path dir;

    @BeforeAll
    static void renderFixture(@TempDir Path shared) throws Exception {
        fixture = new ReportWriter().write(RunFixtures.copy2d(shared));
    }

    @Test
    void fixtureReportHoldsProvenanceMetricsAndFourPlots() throws Exception {
        ReportFiles files = fixture;
        Path run = files.html().getParent();

        assertEquals(run.resolve("report.html"), files.html());
        assertEquals(run.resolve("report.md"), files.markdown());
        assertEquals(List.of("training-loss.png", "score-vs-time.png", "samples.png",
                "samples-exact.png"), files.plots().stream()
                .map(p -> p.getFileName().toString()).toList());
        String html = Files.readString(files.html());
        for (String expected : List.of("<h1>scorekit report: demo (spec 3f2a9c41d07b)</h1>",
                "data: ring8, dimension 2", "0.1.0-SNAPSHOT", "8a714ca", "openblas (OpenBLAS",
                "2026-12-01T19:30:00Z", "<td>41.2</td>", "mixture.json (sha256 9b1e0c7d2a4f",
                "<td>max-steps</td>", "<td>0.00012</td>", "<td>0.975</td>", "<td>8123</td>",
                "<td>0.12 ± 0.004</td>", "<td>0.4 ± 0.01</td>", "<td>2.3 ± 0.05</td>",
                "<td>0.3</td>", "<td>0.031</td><td>0.062</td><td>0.9</td><td>0.5</td>",
                "sampler: euler-maruyama", "sampler: probability-flow-heun",
                "<td>mmd</td><td>0.004</td><td>0.001</td><td>0.35</td><td>0.008596</td>",
                "<td>0.21</td><td>0.05</td><td>1.85</td><td>0.08889</td>")) {
            assertTrue(html.contains(expected), "report.html lacks " + expected);
        }
        assertFalse(html.contains(Cells.NOT_RECORDED), "the fixture records every part");
        assertEquals(4, embeddedPngs(html).size());
        assertSelfContained(html);
        assertNoTemporaryFiles(run);
    }

    @Test
    void markdownReferencesThePlotFilesItWrote() throws Exception {
        ReportFiles files = fixture;
        Path run = files.html().getParent();
        String md = Files.readString(files.markdown());
        assertTrue(md.startsWith("# scorekit report: demo (spec 3f2a9c41d07b)\n"), md);
        assertTrue(md.contains(
                "| score-error-weighted | 0.12 ± 0.004 | 0.4 ± 0.01 | 2.3 ± 0.05 | 0.3 |"), md);
        assertTrue(md.contains("| mmd | 0.004 | 0.001 | 0.35 | 0.008596 |"), md);
        Matcher images = Pattern.compile("\\]\\((plots/[a-z0-9-]+\\.png)\\)").matcher(md);
        List<String> referenced = new ArrayList<>();
        while (images.find()) {
            referenced.add(images.group(1));
            assertPng(Files.readAllBytes(run.resolve(images.group(1))));
        }
        assertEquals(List.of("plots/training-loss.png", "plots/score-vs-time.png",
                "plots/samples.png", "plots/samples-exact.png"), referenced);
    }

    @Test
    void embeddedImagesArePngsOfTheDeclaredSize() throws Exception {
        String html = Files.readString(fixture.html());
        List<byte[]> pngs = embeddedPngs(html);
        int[][] sizes = {{Plots.WIDTH, Plots.HEIGHT}, {Plots.WIDTH, Plots.HEIGHT},
                {SamplePlots.SCATTER_WIDTH, SamplePlots.SCATTER_HEIGHT},
                {SamplePlots.SCATTER_WIDTH, SamplePlots.SCATTER_HEIGHT}};
        assertEquals(sizes.length, pngs.size());
        for (int k = 0; k < sizes.length; k++) {
            byte[] png = pngs.get(k);
            assertPng(png);
            // IHDR: width and height are the first two big-endian ints after the chunk header
            assertEquals(sizes[k][0], ByteBuffer.wrap(png, 16, 4).getInt());
            assertEquals(sizes[k][1], ByteBuffer.wrap(png, 20, 4).getInt());
            assertTrue(html.contains("width=\"" + sizes[k][0] + "\" height=\"" + sizes[k][1]
                    + "\" src=\"data:image/png;base64,"));
        }
    }

    @Test
    void oneDimensionalRunGetsADensityOverlay() throws Exception {
        Path run = RunFixtures.oneDimensional(dir);
        ReportFiles files = new ReportWriter().write(run);
        assertEquals(List.of(run.resolve("plots/samples.png")), files.plots());
        String html = Files.readString(files.html());
        assertTrue(html.contains("Histogram density of the samples and the reference"), html);
        assertTrue(html.contains("Plot: not recorded (no history.csv)."), html);
        assertTrue(html.contains("Plot: not recorded (no score-vs-time.csv)."), html);
        assertEquals(1, embeddedPngs(html).size());
        assertSelfContained(html);
    }

    @Test
    void stringsFromTheRunAreEscaped() throws Exception {
        Path run = Files.createDirectory(dir.resolve("run"));
        Files.writeString(run.resolve("run.json"), "{\"name\": \"<script>alert(1)</script>\","
                + " \"specHash\": \"a&b\", \"results\": {\"scoreMetrics\": [{\"metric\":"
                + " \"<img src=x onerror=alert(2)>\", \"learned\": 1, \"untrained\": 2}]}}");
        ReportFiles files = new ReportWriter().write(run);
        String html = Files.readString(files.html());
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img src=x"), html);
        assertTrue(html.contains("scorekit report: &lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("(spec a&amp;b)</h1>"), html);
        String md = Files.readString(files.markdown());
        assertFalse(md.contains("<script"), md);
        assertFalse(md.contains("<img"), md);
    }

    @Test
    void runWithOnlyRunJsonSaysWhatWasNotRecorded() throws Exception {
        Path run = Files.createDirectory(dir.resolve("bare"));
        Files.writeString(run.resolve("run.json"), "{\"formatVersion\": 1, \"name\": \"bare\"}");
        ReportFiles files = new ReportWriter().write(run);
        assertEquals(List.of(), files.plots());
        String html = Files.readString(files.html());
        for (String expected : List.of("(spec not recorded)", "Provenance: not recorded",
                "Training summary: not recorded", "Score metrics: not recorded",
                "Sample metrics: not recorded", "Learned-score samples: not recorded",
                "Reference draws: not recorded (no reference.csv).")) {
            assertTrue(html.contains(expected), "report.html lacks " + expected);
        }
        assertTrue(Files.readString(files.markdown()).contains("_Plot: not recorded"));
        assertEquals(0, embeddedPngs(html).size());
    }

    @Test
    void missingColumnsAndPartialFilesAreTolerated() throws Exception {
        Path run = RunFixtures.copy2d(dir);
        Files.writeString(run.resolve("history.csv"), "step,train_loss\n0,5\n1,4\n");
        Files.writeString(run.resolve("score-vs-time.csv"), "t,learned\n0.1,\n0.5,\n");
        Files.delete(run.resolve("samples-exact.csv"));
        Files.delete(run.resolve("reference.csv"));
        ReportFiles files = new ReportWriter().write(run);
        assertEquals(List.of("training-loss.png", "samples.png"), files.plots().stream()
                .map(p -> p.getFileName().toString()).toList());
        String html = Files.readString(files.html());
        assertTrue(html.contains("score-vs-time.csv has no plottable values"), html);
        assertTrue(html.contains("Exact-score samples: not recorded (no samples-exact.csv)."));
    }

    @Test
    void sampleFilesWithoutRowsAreNotedAsNotPlottable() throws Exception {
        Path run = RunFixtures.copy2d(dir);
        Files.writeString(run.resolve("samples.csv"), "x1,x2\n");
        Files.delete(run.resolve("samples-exact.csv"));
        ReportFiles files = new ReportWriter().write(run);
        assertEquals(2, files.plots().size());
        assertTrue(Files.readString(files.html()).contains(
                "Sample plots: not recorded (the sample files hold no plottable rows)."));
    }

    @Test
    void malformedCsvNamesFileAndLineAndWritesNothing() throws Exception {
        Path run = RunFixtures.copy2d(dir);
        List<String> lines = new ArrayList<>(Files.readAllLines(run.resolve("history.csv")));
        lines.set(6, "100,293.4,0.29,x,0.53,8.6");
        Files.write(run.resolve("history.csv"), lines);
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> new ReportWriter().write(run));
        assertTrue(e.getMessage().endsWith(
                "history.csv line 7 column 4: expected a number for validation_loss, got 'x'"),
                e.getMessage());
        assertFalse(Files.exists(run.resolve("report.html")));
        assertFalse(Files.exists(run.resolve("report.md")));
    }

    @Test
    void badRunDirectoriesAreRejected() throws Exception {
        assertThrows(IllegalArgumentException.class,
                () -> new ReportWriter().write(dir.resolve("absent")));
        IllegalArgumentException noRunJson = assertThrows(IllegalArgumentException.class,
                () -> new ReportWriter().write(dir));
        assertTrue(noRunJson.getMessage().contains("run.json is missing"));
        Files.writeString(dir.resolve("run.json"), "{\"formatVersion\": 2}");
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new ReportWriter().write(dir)).getMessage().contains("formatVersion 2"));
        Files.writeString(dir.resolve("run.json"), "{\"name\": ");
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new ReportWriter().write(dir)).getMessage().contains("not valid JSON"));
    }

    @Test
    void rewritingReplacesTheReportWithIdenticalContent() throws Exception {
        Path run = RunFixtures.copy2d(dir);
        ReportFiles first = new ReportWriter().write(run);
        byte[] md = Files.readAllBytes(first.markdown());
        byte[] plot = Files.readAllBytes(first.plots().get(0));
        ReportFiles second = new ReportWriter().write(run);
        assertArrayEquals(md, Files.readAllBytes(second.markdown()));
        assertArrayEquals(plot, Files.readAllBytes(second.plots().get(0)));
        assertNoTemporaryFiles(run);
    }

    private static List<byte[]> embeddedPngs(String html) {
        List<byte[]> images = new ArrayList<>();
        Matcher m = DATA_URI.matcher(html);
        while (m.find()) {
            images.add(Base64.getDecoder().decode(m.group(1)));
        }
        return images;
    }

    private static void assertPng(byte[] bytes) {
        assertTrue(bytes.length > 1000, "a plot PNG has " + bytes.length + " bytes");
        byte[] head = new byte[PNG_MAGIC.length];
        System.arraycopy(bytes, 0, head, 0, head.length);
        assertArrayEquals(PNG_MAGIC, head);
    }

    private static void assertSelfContained(String html) {
        assertFalse(html.contains("http://"), "report.html refers to http://");
        assertFalse(html.contains("https://"), "report.html refers to https://");
        assertFalse(html.contains("<link"), "report.html links a resource");
        assertFalse(html.contains("<script"), "report.html holds a script");
        assertFalse(html.contains("url("), "report.html's CSS loads a resource");
        Matcher sources = Pattern.compile("(src|href)=\"([^\"]{0,16})").matcher(html);
        while (sources.find()) {
            assertTrue(sources.group(2).startsWith("data:image/png"), sources.group());
        }
    }

    private static void assertNoTemporaryFiles(Path run) throws IOException {
        try (Stream<Path> files = Files.walk(run)) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".tmp")).toList());
        }
    }
}
