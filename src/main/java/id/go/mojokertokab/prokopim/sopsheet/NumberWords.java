package id.go.mojokertokab.prokopim.sopsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Indonesian counts written in words, as the sheets write waktu: "lima", "lima belas", "dua puluh
 * lima", "seratus dua puluh", "setengah", "satu setengah" (1,5). Each count becomes its digits
 * with a decimal comma; the other words stay as they are.
 */
final class NumberWords {

    private static final Map<String, Integer> DIGITS = Map.of("satu", 1, "dua", 2, "tiga", 3, "empat", 4, "lima", 5,
            "enam", 6, "tujuh", 7, "delapan", 8, "sembilan", 9);

    private NumberWords() {
    }

    /** {@code text} lower case, words separated by single spaces. */
    static String toDigits(String text) {
        String[] words = text.replaceAll("\\b(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)(belas|puluh|ratus)\\b",
                "$1 $2").split(" ");
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < words.length) {
            Count count = count(words, i);
            if (count == null) {
                out.add(words[i]);
                i++;
            } else {
                out.add(count.digits());
                i = count.end();
            }
        }
        return String.join(" ", out);
    }

    private record Count(int tenths, int end) {

        String digits() {
            return tenths % 10 == 0 ? String.valueOf(tenths / 10) : tenths / 10 + "," + tenths % 10;
        }
    }

    /** The count written from word {@code start}, or null when no count starts there. */
    private static Count count(String[] w, int start) {
        int i = start;
        int value = 0;
        if (is(w, i, "seratus")) {
            value = 100;
            i++;
        } else if (digit(w, i) > 0 && is(w, i + 1, "ratus")) {
            value = digit(w, i) * 100;
            i += 2;
        }
        if (is(w, i, "sepuluh")) {
            value += 10;
            i++;
        } else if (is(w, i, "sebelas")) {
            value += 11;
            i++;
        } else if (digit(w, i) > 0 && is(w, i + 1, "belas")) {
            value += 10 + digit(w, i);
            i += 2;
        } else if (digit(w, i) > 0 && is(w, i + 1, "puluh")) {
            value += 10 * digit(w, i);
            i += 2;
            if (digit(w, i) > 0) {
                value += digit(w, i);
                i++;
            }
        } else if (digit(w, i) > 0) {
            value += digit(w, i);
            i++;
        }
        int tenths = value * 10;
        if (is(w, i, "setengah")) {
            tenths += 5;
            i++;
        }
        return i == start ? null : new Count(tenths, i);
    }

    private static boolean is(String[] words, int index, String word) {
        return index < words.length && words[index].equals(word);
    }

    private static int digit(String[] words, int index) {
        return index < words.length ? DIGITS.getOrDefault(words[index], 0) : 0;
    }
}
