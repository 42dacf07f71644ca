package id.go.mojokertokab.prokopim.sopsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What an XLSX upload may cost, checked on the zip's own bytes before POI builds its model (which
 * takes far more memory and time than the XML it reads): the number of parts and their inflated
 * size, and per worksheet the rows that hold a value, the rows and cells written at all (a clerk's
 * styled empty rows count here, not as rows of the sheet), the last row, the merged cells, and the
 * shapes of the drawings. Each worksheet's XML is read as a stream, without DTDs or entities.
 */
final class XlsxLimits {

    static final long MAX_INFLATED_BYTES = 8L * 1024 * 1024;
    static final int MAX_ENTRIES = 1_000;
    /** Rows that hold a value. */
    static final int MAX_ROWS = 1_000;
    /** Rows written at all (styled, empty), the last row's number, and cells written at all. */
    static final int MAX_WRITTEN_ROWS = 20_000;
    static final int MAX_CELLS = 200_000;
    static final int MAX_MERGED = 5_000;
    static final int MAX_SHAPES = 5_000;

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private XlsxLimits() {
    }

    /** Why the workbook is refused (one message per reason), or nothing when POI may open it. */
    static List<String> refusals(byte[] bytes) throws IOException {
        long inflated = 0;
        int entries = 0;
        int shapes = 0;
        Map<String, Worksheet> worksheets = new LinkedHashMap<>();
        Map<String, String> sheetNames = new HashMap<>();
        Map<String, String> targets = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    return List.of("Berkas XLSX berisi terlalu banyak bagian (lebih dari " + MAX_ENTRIES + "); berkas ditolak.");
                }
                byte[] part = zip.readNBytes((int) Math.min(MAX_INFLATED_BYTES - inflated + 1, Integer.MAX_VALUE - 8));
                inflated += part.length;
                if (inflated > MAX_INFLATED_BYTES) {
                    return List.of("Isi berkas XLSX terlalu besar setelah dibuka (lebih dari "
                            + MAX_INFLATED_BYTES / (1024 * 1024) + " MB); berkas ditolak.");
                }
                String name = entry.getName();
                if (name.matches("xl/worksheets/[^/]+\\.xml")) {
                    worksheets.put(name, Worksheet.count(part));
                } else if (name.matches("xl/drawings/[^/]+\\.xml")) {
                    shapes += count(part, "sp");
                } else if (name.equals("xl/workbook.xml")) {
                    sheetNames.putAll(sheetNames(part));
                } else if (name.equals("xl/_rels/workbook.xml.rels")) {
                    targets.putAll(targets(part));
                }
            }
        }
        List<String> refusals = new ArrayList<>();
        if (shapes > MAX_SHAPES) {
            refusals.add("Buku kerja memuat terlalu banyak gambar atau bentuk (" + shapes + "); paling banyak " + MAX_SHAPES
                    + ". Hapus gambar yang bukan simbol langkah lalu simpan ulang.");
        }
        Map<String, String> nameOfPart = new HashMap<>();
        sheetNames.forEach((relation, sheet) -> {
            String target = targets.get(relation);
            if (target != null) {
                nameOfPart.put(target.startsWith("/") ? target.substring(1) : "xl/" + target, sheet);
            }
        });
        worksheets.forEach((part, counted) -> {
            String place = worksheets.size() > 1 ? " (lembar \"" + nameOfPart.getOrDefault(part, part) + "\")" : "";
            refusals.addAll(counted.refusals(place));
        });
        return refusals;
    }

    /** What one worksheet's XML holds, counted as it streams by. */
    private record Worksheet(int valueRows, int writtenRows, int lastRow, int cells, int merged) {

        static Worksheet count(byte[] xml) throws IOException {
            int valueRows = 0;
            int writtenRows = 0;
            int lastRow = 0;
            int cells = 0;
            int merged = 0;
            boolean rowHasValue = false;
            try {
                XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        switch (reader.getLocalName()) {
                            case "row" -> {
                                writtenRows++;
                                String number = reader.getAttributeValue(null, "r");
                                lastRow = number != null && number.matches("\\d{1,7}") ? Integer.parseInt(number) : lastRow + 1;
                                rowHasValue = false;
                            }
                            case "c" -> cells++;
                            case "v", "is" -> rowHasValue = true;
                            case "mergeCell" -> merged++;
                            default -> { }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("row") && rowHasValue) {
                        valueRows++;
                    }
                }
            } catch (XMLStreamException e) {
                throw new IOException(e);
            }
            return new Worksheet(valueRows, writtenRows, lastRow, cells, merged);
        }

        List<String> refusals(String place) {
            List<String> refusals = new ArrayList<>();
            if (valueRows > MAX_ROWS) {
                refusals.add("Lembar terlalu panjang (" + valueRows + " baris berisi); satu lembar SOP paling banyak "
                        + MAX_ROWS + " baris" + place + ".");
            }
            if (writtenRows > MAX_WRITTEN_ROWS || lastRow > MAX_WRITTEN_ROWS) {
                refusals.add("Lembar memuat baris sampai baris " + lastRow + " (" + writtenRows + " baris berformat); paling"
                        + " banyak " + MAX_WRITTEN_ROWS + ". Hapus baris kosong di bawah tabel lalu simpan ulang" + place + ".");
            }
            if (cells > MAX_CELLS) {
                refusals.add("Lembar memuat terlalu banyak sel berformat (" + cells + "); paling banyak " + MAX_CELLS
                        + ". Hapus kolom dan baris kosong di luar tabel lalu simpan ulang" + place + ".");
            }
            if (merged > MAX_MERGED) {
                refusals.add("Lembar memuat terlalu banyak sel gabungan (" + merged + "); paling banyak " + MAX_MERGED + place
                        + ".");
            }
            return refusals;
        }
    }

    private static int count(byte[] xml, String localName) throws IOException {
        int count = 0;
        try {
            XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals(localName)) {
                    count++;
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return count;
    }

    /** The workbook's sheets: relation id → the sheet's name. */
    private static Map<String, String> sheetNames(byte[] xml) throws IOException {
        Map<String, String> names = new HashMap<>();
        forEachStart(xml, "sheet", reader -> {
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                if (reader.getAttributeLocalName(i).equals("id")) {
                    names.put(reader.getAttributeValue(i), reader.getAttributeValue(null, "name"));
                }
            }
        });
        return names;
    }

    /** The workbook's relations: id → target part. */
    private static Map<String, String> targets(byte[] xml) throws IOException {
        Map<String, String> targets = new HashMap<>();
        forEachStart(xml, "Relationship",
                reader -> targets.put(reader.getAttributeValue(null, "Id"), reader.getAttributeValue(null, "Target")));
        return targets;
    }

    private interface StartElement {
        void read(XMLStreamReader reader);
    }

    private static void forEachStart(byte[] xml, String localName, StartElement action) throws IOException {
        try {
            XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals(localName)) {
                    action.read(reader);
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
