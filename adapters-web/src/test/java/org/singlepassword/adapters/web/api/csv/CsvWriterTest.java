package org.singlepassword.adapters.web.api.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 4180 as written here, and no formula reaching a spreadsheet. */
class CsvWriterTest {

  @Test
  void quotesOnlyTheFieldsThatNeedItAndEndsEveryRecordWithCrlf() {
    String csv =
        new String(
            new CsvWriter()
                .record("plain", "a,b", "say \"hi\"", "two\nlines", "")
                .record("x")
                .toUtf8(),
            StandardCharsets.UTF_8);

    assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\nx\r\n", csv);
  }

  @Test
  void readsBackWhatItWrote() {
    String csv =
        new String(new CsvWriter().record("a,b", "\"q\"", "陳大文").toUtf8(), StandardCharsets.UTF_8);

    assertEquals(java.util.List.of("a,b", "\"q\"", "陳大文"), CsvReader.read(csv).get(0).fields());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"})
  void neutralisesAFieldThatASpreadsheetWouldRunAsAFormula(String field) {
    assertEquals("'" + field, CsvWriter.neutralised(field));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"chan.tm", "1+1", "a=b", "", "'quoted"})
  void leavesAnyOtherFieldAlone(String field) {
    assertEquals(field, CsvWriter.neutralised(field));
  }
}
