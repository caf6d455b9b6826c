package org.minsheng.tracker.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The streaming writers give the same files as the in-memory ones: same bytes for CSV,
 * same cells for XLSX, with the formula guard on every cell.
 */
class StreamingTablesTest {

	private static final List<List<String>> ROWS = List.of(List.of("年份", "名称", "数值"), List.of("2025", "既有住宅加装电梯", "46"),
			List.of("2025", "=HYPERLINK(\"x\")", "8.7"));

	@Test
	void csvMatchesTheInMemoryFileByteForByte() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (TableWriter writer = Tables.csvTo(out)) {
			writer.sheet("ignored", ROWS.get(0));
			ROWS.subList(1, ROWS.size()).forEach(writer::row);
		}
		assertThat(out.toByteArray()).isEqualTo(Tables.csv(ROWS));
		assertThat(CsvSheets.read(out.toByteArray()).get(2).get(1)).startsWith("'=");
	}

	@Test
	void xlsxHoldsTheSameCellsOnEverySheet() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (TableWriter writer = Tables.xlsxTo(out)) {
			writer.sheet("指标", ROWS.get(0));
			ROWS.subList(1, ROWS.size()).forEach(writer::row);
			writer.sheet("第二张", List.of("a"));
			writer.row(List.of("b"));
		}
		assertThat(XlsxSheets.read(out.toByteArray())).isEqualTo(XlsxSheets.read(Tables.xlsx(Map.of("指标", ROWS))));
	}

	@Test
	void aCsvFileHasOneTable() {
		try (TableWriter writer = Tables.csvTo(new ByteArrayOutputStream())) {
			writer.sheet("a", List.of("x"));
			assertThatIllegalStateException().isThrownBy(() -> writer.sheet("b", List.of("y")));
		}
	}

}
