package org.singlepassword.bootstrap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

  @Test
  void splitsOnLineEndsOutsideQuotesAndDropsBlankLines() {
    assertEquals(
        List.of("a,b", "\"c\nd\",e", "f,\"g\"\"\nh\""),
        CsvRecords.split("a,b\r\n\"c\nd\",e\n\n  \nf,\"g\"\"\nh\"\n"));
  }

  @Test
  void aLastRecordNeedsNoLineEnd() {
    assertEquals(List.of("a", "b"), CsvRecords.split("a\nb"));
  }

  @Test
  void readsQuotedFieldsWithCommasAndEscapedQuotes() {
    assertEquals(
        List.of("ada", "error", "", "email: \"x\", not an address"),
        CsvRecords.fields("ada,error,,\"email: \"\"x\"\", not an address\""));
  }
}
