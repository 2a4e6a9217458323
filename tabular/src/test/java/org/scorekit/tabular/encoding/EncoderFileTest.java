package org.scorekit.tabular.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import org.scorekit.tabular.Column;
import org.scorekit.tabular.Table;

/** Saving and reading a fitted encoder: exact after a round trip, one line for a bad file. */
class EncoderFileTest {
    private static final String SOURCE = "encoder.json";

    @ParameterizedTest
    @MethodSource("org.scorekit.tabular.encoding.TableEncoderTest#specs")
    void aReadEncoderDecodesBitForBitAsTheWrittenOne(EncodingSpec spec) {
        Table train = GeneratedTables.mixed(Rng.of(16), 300);
        TableEncoder written = TableEncoder.fit(train, spec);
        String json = EncoderFile.toJson(written);
        TableEncoder read = EncoderFile.parse(SOURCE, json);
        assertEquals(json, EncoderFile.toJson(read));
        Matrix noise = Rng.of(9).gaussian(500, written.width());
        TableEncoderTest.assertSameTable(written.decode(noise), read.decode(noise));
        assertArrayEquals(written.encode(train).data(), read.encode(train).data());
    }

    @Test
    void fullPrecisionNumbersSurviveTheText() {
        double[] values = Rng.of(2).gaussian(1, 400).data();
        Table train = GeneratedTables.of(List.of(Column.numerical("x", values)));
        TableEncoder written = TableEncoder.fit(train, new EncodingSpec(Scaling.QUANTILE_NORMAL,
                400, EndTies.MIDPOINT, OneHotLevels.SIGNED, true, 20));
        TableEncoder read = EncoderFile.parse(SOURCE, EncoderFile.toJson(written));
        assertEquals(400, scaler(read).quantiles().length);
        assertArrayEquals(scaler(written).quantiles(), scaler(read).quantiles());
    }

    private static QuantileNormal scaler(TableEncoder encoder) {
        return (QuantileNormal) ((NumericalEncoding) encoder.columns().get(0)).scaler();
    }

    static Stream<Arguments> damaged() {
        String good = EncoderFile.toJson(TableEncoder.fit(GeneratedTables.of(List.of(
                Column.numerical("x", new double[] {1, 2, 4}))), EncodingSpec.DEFAULT));
        return Stream.of(
                Arguments.of("", "encoder.json: expected a scorekit encoder file (\"format\": "
                        + "\"scorekit-encoder\"), got another file"),
                Arguments.of("{\"width\": 3}", "encoder.json: expected a scorekit encoder file "
                        + "(\"format\": \"scorekit-encoder\"), got another file"),
                Arguments.of("{\"format\": \"tabsyn\"}", "encoder.json: expected a scorekit "
                        + "encoder file (\"format\": \"scorekit-encoder\"), got format 'tabsyn'"),
                Arguments.of(good.replace("\"version\" : 2", "\"version\" : 1"),
                        "encoder.json (version): expected 2, got '1'"),
                Arguments.of("{\"format\": \"scorekit-encoder\"}",
                        "encoder.json (version): expected 2, got none"),
                Arguments.of(good.substring(0, good.indexOf("\"scaler\"")),
                        "encoder.json line 15 column 5: Unexpected end-of-input"),
                Arguments.of(good.replace("[ 1.0, 2.0, 4.0 ]", "[ 1.0, 4.0, 2.0 ]"),
                        "encoder.json line 19 column 5 (columns[0].scaler): quantiles must be "
                                + "non-decreasing: 2.0 after 4.0"),
                Arguments.of(good.replace("\"decimals\"", "\"places\""),
                        "encoder.json line 26 column 5 (columns[0].grid.decimals): missing field"),
                Arguments.of(good.replace("\"version\" : 2,", "\"version\" : 2, \"extra\" : 1,"),
                        "encoder.json line 30 column 2 (extra): unknown field 'extra'"),
                Arguments.of(good.replace("\"scaling\" : \"quantile-normal\"",
                        "\"scaling\" : \"log\""), "encoder.json line 5 column 17 (spec.scaling): "
                                + "scaling must be one of [quantile-normal, min-max, standard]: log"),
                Arguments.of(good.replace("\"count\" : 4", "\"count\" : \"4\""),
                        "encoder.json line 24 column 17 (columns[0].grid.count): expected a whole number"));
    }

    @ParameterizedTest
    @MethodSource("damaged")
    void aDamagedOrForeignFileIsOneLine(String text, String expected) {
        String message = assertThrows(IllegalArgumentException.class,
                () -> EncoderFile.parse(SOURCE, text)).getMessage();
        assertEquals(expected, message.substring(0, Math.min(message.length(), expected.length())),
                message);
        assertEquals(-1, message.indexOf('\n'), message);
    }
}
