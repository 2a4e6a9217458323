package org.scorekit.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Inference on Credit Default gives TabSyn's typing (spec §1.2) without being told. */
class CreditDefaultSchemaTest {
    @Test
    void inferredTypesEqualTabSyns() {
        Table t = CreditDefault.table();
        Schema s = t.schema();
        assertEquals(List.of("ID"), s.columns(ColumnType.IGNORED));
        assertEquals(List.of("LIMIT_BAL", "AGE", "BILL_AMT1", "BILL_AMT2", "BILL_AMT3", "BILL_AMT4",
                "BILL_AMT5", "BILL_AMT6", "PAY_AMT1", "PAY_AMT2", "PAY_AMT3", "PAY_AMT4", "PAY_AMT5",
                "PAY_AMT6"), s.columns(ColumnType.NUMERICAL));
        assertEquals(List.of("SEX", "EDUCATION", "MARRIAGE", "PAY_0", "PAY_2", "PAY_3", "PAY_4",
                "PAY_5", "PAY_6"), s.columns(ColumnType.CATEGORICAL));
        assertEquals(List.of(CreditDefault.TARGET), s.columns(ColumnType.TARGET));
        assertEquals(1, s.notices().size());
        assertEquals(30000, t.rows());
        assertEquals(24, t.evaluationLayout().size());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6"), t.column("EDUCATION").levels());
    }
}
