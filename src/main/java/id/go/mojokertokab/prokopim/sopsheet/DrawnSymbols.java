package id.go.mojokertokab.prokopim.sopsheet;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntToLongFunction;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.ShapeTypes;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSimpleShape;

/**
 * Where the flowchart symbols drawn over a worksheet mark a step's pelaksana: the cell under each
 * symbol's centre, measured from its anchor's cells and offsets with the sheet's row heights and
 * column widths, and for a cell inside merged cells the merged region's top-left cell (where its
 * text is). Process, decision, document, … and plain rectangles, diamonds, ellipses count; lines,
 * arrows, connectors and the start/end terminator do not, nor symbols inside a grouped drawing.
 */
final class DrawnSymbols {

    /** Excel's widest sheet: a key for every cell of it. */
    private static final long COLUMNS = 16_384L;
    /** A symbol over more rows or columns than this marks no one cell. */
    private static final int MAX_SPAN = 100;

    private DrawnSymbols() {
    }

    static long key(int row, int column) {
        return row * COLUMNS + column;
    }

    /** The keys ({@link #key}) of the cells the step symbols mark. */
    static Set<Long> cells(Sheet worksheet) {
        Set<Long> cells = new HashSet<>();
        if (!(worksheet instanceof XSSFSheet xssf) || xssf.getDrawingPatriarch() == null) {
            return cells;
        }
        List<CellRangeAddress> merged = worksheet.getMergedRegions();
        for (XSSFShape shape : xssf.getDrawingPatriarch().getShapes()) {
            if (shape instanceof XSSFSimpleShape symbol && isStepSymbol(symbol.getShapeType())
                    && symbol.getAnchor() instanceof XSSFClientAnchor anchor
                    && anchor.getRow2() - anchor.getRow1() <= MAX_SPAN && anchor.getCol2() - anchor.getCol1() <= MAX_SPAN) {
                int row = underCentre(anchor.getRow1(), anchor.getDy1(), anchor.getRow2(), anchor.getDy2(),
                        r -> rowHeight(worksheet, r));
                int column = underCentre(anchor.getCol1(), anchor.getDx1(), anchor.getCol2(), anchor.getDx2(),
                        c -> Math.round(worksheet.getColumnWidthInPixels(c) * Units.EMU_PER_PIXEL));
                cells.add(topLeft(merged, row, column));
            }
        }
        return cells;
    }

    /**
     * The row (or column) under the middle between a start and an end, each given as a cell and
     * an offset into it in EMU; {@code size} is a cell's height (or width) in EMU.
     */
    static int underCentre(int first, long firstOffset, int last, long lastOffset, IntToLongFunction size) {
        long end = lastOffset;
        for (int i = first; i < last; i++) {
            end += size.applyAsLong(i);
        }
        long centre = (firstOffset + end) / 2;
        int cell = first;
        while (cell < last && centre >= size.applyAsLong(cell)) {
            centre -= size.applyAsLong(cell);
            cell++;
        }
        return cell;
    }

    private static long rowHeight(Sheet worksheet, int r) {
        Row row = worksheet.getRow(r);
        float points = row == null ? worksheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
        return Math.round(points * Units.EMU_PER_POINT);
    }

    private static long topLeft(List<CellRangeAddress> merged, int row, int column) {
        for (CellRangeAddress region : merged) {
            if (region.isInRange(row, column)) {
                return key(region.getFirstRow(), region.getFirstColumn());
            }
        }
        return key(row, column);
    }

    private static boolean isStepSymbol(int shapeType) {
        boolean flowchart = shapeType >= ShapeTypes.FLOW_CHART_PROCESS && shapeType <= ShapeTypes.FLOW_CHART_ALTERNATE_PROCESS
                && shapeType != ShapeTypes.FLOW_CHART_TERMINATOR && shapeType != ShapeTypes.FLOW_CHART_CONNECTOR;
        return flowchart || Set.of(ShapeTypes.RECT, ShapeTypes.ROUND_RECT, ShapeTypes.SNIP_ROUND_RECT, ShapeTypes.DIAMOND,
                ShapeTypes.PARALLELOGRAM, ShapeTypes.TRAPEZOID, ShapeTypes.HEXAGON, ShapeTypes.OCTAGON,
                ShapeTypes.PLAQUE, ShapeTypes.ELLIPSE).contains(shapeType);
    }
}
