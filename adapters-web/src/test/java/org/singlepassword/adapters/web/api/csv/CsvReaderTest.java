package org.singlepassword.adapters.web.api.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** RFC 4180 as read here: quotes, doubled quotes, line breaks of every system, broken rows. */
class CsvReaderTest {

  private static List<List<String>> fields(String text) {
    return CsvReader.read(text).stream().map(CsvRecord::fields).toList();
  }

  @Nested
  class WellFormed {

    @Test
    void splitsFieldsAtCommasAndRecordsAtCrlfLfOrCr() {
      assertEquals(
          List.of(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"), List.of("g", "")),
          fields("a,b\r\nc,d\ne,f\rg,"));
    }

    @Test
    void readsQuotedFieldsWithCommasDoubledQuotesAndLineBreaks() {
      assertEquals(
          List.of(List.of("Chan, Tai Man", "say \"hi\"", "two\r\nlines", "")),
          fields("\"Chan, Tai Man\",\"say \"\"hi\"\"\",\"two\r\nlines\",\"\"\r\n"));
    }

    @Test
    void keepsSpacesAsPartOfAField() {
      assertEquals(List.of(List.of(" a ", "b ")), fields(" a ,b "));
    }

    @Test
    void skipsEmptyLinesAndNeedsNoLineBreakAtTheEnd() {
      assertEquals(List.of(List.of("a"), List.of("b")), fields("\r\n\na\n\n\r\nb"));
      assertEquals(List.of(), fields(""));
    }

    @Test
    void numbersRecordsByTheLineTheyStartOn() {
      List<CsvRecord> records = CsvReader.read("a\n\"b\nc\"\n\nd\r\ne");

      assertEquals(List.of(1, 2, 5, 6), records.stream().map(CsvRecord::line).toList());
    }
  }

  @Nested
  class BrokenQuoting {

    @Test
    void marksARecordWithAQuoteInAnUnquotedFieldAndGoesOnAtTheNextLine() {
      List<CsvRecord> records = CsvReader.read("a,b\"c,d\ne,f\n");

      assertTrue(records.get(0).malformed().isPresent());
      assertEquals(new CsvRecord(2, List.of("e", "f"), Optional.empty()), records.get(1));
    }

    @Test
    void marksARecordWithTextAfterAClosingQuote() {
      List<CsvRecord> records = CsvReader.read("\"a\"b,c\nd\n");

      assertEquals(
          Optional.of("after a closing quote comes a comma or the end of the line"),
          records.get(0).malformed());
      assertEquals(List.of("d"), records.get(1).fields());
    }

    @Test
    void refusesTheFileWhenAQuotedFieldNeverEnds() {
      CsvSyntaxException unreadable =
          assertThrows(CsvSyntaxException.class, () -> CsvReader.read("a,b\nc,\"d\ne,f\n"));

      assertEquals(2, unreadable.line());
    }
  }
}
