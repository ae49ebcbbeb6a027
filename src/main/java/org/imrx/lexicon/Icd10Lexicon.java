package org.imrx.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.imrx.ConfigurationException;

/**
 * ICD-10-CM codes with their long descriptions, read from one of three forms:
 * <ul>
 *   <li>the CMS order file ({@code icd10cm_order_YYYY.txt}, fixed width: columns 1-5 order
 *       number, 7-13 code without its dot, 15 billable flag, 17-76 short description, 78- long
 *       description);
 *   <li>the tab-separated form ({@code icd10cm-fyYYYY.tsv}: header row, then order number, code,
 *       billable flag, short and long description, ...);
 *   <li>the curated workers'-comp subset the project ships
 *       ({@code models/lexicons/icd10cm-workcomp.tsv}: code with its dot, description).
 * </ul>
 * Codes are held with their dot ({@code M47.812}). Every line is validated on load; a bad line
 * fails with a {@link ConfigurationException} naming the file and the line. Immutable and
 * thread-safe once loaded.
 */
public final class Icd10Lexicon {
  /** One code: with its dot, whether it is billable (valid for coding), its long description. */
  public record Entry(String code, boolean billable, String description) {}

  public static final String BUNDLED = "lexicons/icd10cm-workcomp.tsv";
  private static final Pattern RAW_CODE = Pattern.compile("[A-Z][0-9][0-9A-Z]{1,5}");
  private static final Pattern DOTTED_CODE = Pattern.compile("[A-Z][0-9][0-9A-Z](?:\\.[0-9A-Z]{1,4})?");

  private final Map<String, Entry> byCode;
  private final String source;

  private Icd10Lexicon(Map<String, Entry> byCode, String source) {
    this.byCode = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byCode));
    this.source = source;
  }

  /**
   * The full vocabulary under {@code dir/icd10cm/} (the newest order file there, else the newest
   * TSV) when {@code dir} is given and holds that folder; the bundled subset otherwise.
   */
  public static Icd10Lexicon load(Path dir) throws ConfigurationException {
    if (dir == null || !Files.isDirectory(dir.resolve("icd10cm"))) {
      return bundled();
    }
    Path folder = dir.resolve("icd10cm");
    Optional<Path> order = newest(folder, "icd10cm_order_", ".txt");
    if (order.isPresent()) {
      return readOrderFile(order.get());
    }
    Optional<Path> tsv = newest(folder, "icd10cm-", ".tsv");
    if (tsv.isPresent()) {
      return readTsv(tsv.get());
    }
    throw new ConfigurationException(folder + ": no ICD-10-CM file found (expected icd10cm_order_YYYY.txt"
        + " or icd10cm-fyYYYY.tsv)");
  }

  /** The curated workers'-comp subset shipped in {@code models/lexicons/}. */
  public static Icd10Lexicon bundled() throws ConfigurationException {
    Map<String, Entry> out = new LinkedHashMap<>();
    String file = "models/" + BUNDLED;
    List<String[]> rows = Bundled.tsv(BUNDLED);
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      if (!DOTTED_CODE.matcher(row[0]).matches() || row[1].isEmpty()) {
        throw new ConfigurationException(file + ": row " + (i + 2) + " is not 'code<TAB>description'"
            + " with a dotted ICD-10-CM code");
      }
      put(out, new Entry(row[0], true, row[1]), file, i + 2);
    }
    return new Icd10Lexicon(out, file);
  }

  /** Reads a CMS order file. */
  public static Icd10Lexicon readOrderFile(Path file) throws ConfigurationException {
    Map<String, Entry> out = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (!line.isBlank()) {
          put(out, parseOrderLine(line, file.toString(), n), file.toString(), n);
        }
      }
    } catch (IOException e) {
      throw new ConfigurationException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    return checked(out, file);
  }

  /** Reads the tab-separated form (header row, then order, code, billable, short, long ...). */
  public static Icd10Lexicon readTsv(Path file) throws ConfigurationException {
    Map<String, Entry> out = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null || !header.toLowerCase().contains("code")) {
        throw new ConfigurationException(file + ": line 1 is not the expected header row");
      }
      int n = 1;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length < 5) {
          throw new ConfigurationException(file + ": line " + n + " has " + c.length
              + " columns, expected at least 5");
        }
        put(out, entry(c[1].strip(), c[2].strip(), c[4].strip(), file.toString(), n), file.toString(), n);
      }
    } catch (IOException e) {
      throw new ConfigurationException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    return checked(out, file);
  }

  /** One line of an order file; {@code file} and {@code line} name it in the error. */
  public static Entry parseOrderLine(String text, String file, int line) throws ConfigurationException {
    if (text.length() < 78 || text.charAt(5) != ' ' || text.charAt(13) != ' ' || text.charAt(15) != ' '
        || !text.substring(0, 5).strip().chars().allMatch(Character::isDigit)) {
      throw new ConfigurationException(file + ": line " + line + " is not in the CMS order-file layout");
    }
    return entry(text.substring(6, 13).strip(), text.substring(14, 15), text.substring(77).strip(), file, line);
  }

  private static Entry entry(String raw, String billable, String description, String file, int line)
      throws ConfigurationException {
    if (!RAW_CODE.matcher(raw).matches()) {
      throw new ConfigurationException(file + ": line " + line + " has no valid ICD-10-CM code");
    }
    if (!billable.equals("0") && !billable.equals("1")) {
      throw new ConfigurationException(file + ": line " + line + " has a billable flag other than 0 or 1");
    }
    if (description.isEmpty()) {
      throw new ConfigurationException(file + ": line " + line + " has no description");
    }
    return new Entry(withDot(raw), billable.equals("1"), description);
  }

  /** A code with its dot after the third character ("M47812" becomes "M47.812"). */
  public static String withDot(String raw) {
    return raw.length() > 3 ? raw.substring(0, 3) + "." + raw.substring(3) : raw;
  }

  private static void put(Map<String, Entry> out, Entry e, String file, int line) throws ConfigurationException {
    if (out.putIfAbsent(e.code(), e) != null) {
      throw new ConfigurationException(file + ": line " + line + " repeats code " + e.code());
    }
  }

  private static Icd10Lexicon checked(Map<String, Entry> out, Path file) throws ConfigurationException {
    if (out.isEmpty()) {
      throw new ConfigurationException(file + ": holds no ICD-10-CM code");
    }
    return new Icd10Lexicon(out, file.toString());
  }

  private static Optional<Path> newest(Path folder, String prefix, String suffix) throws ConfigurationException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> {
        String n = p.getFileName().toString();
        return n.startsWith(prefix) && n.endsWith(suffix) && !n.contains("chapter");
      }).max(Comparator.comparing(p -> p.getFileName().toString()));
    } catch (IOException e) {
      throw new ConfigurationException(folder + ": cannot be listed (" + e.getMessage() + ")", e);
    }
  }

  /** The entry of a code written with or without its dot. */
  public Optional<Entry> get(String code) {
    String c = code.strip().toUpperCase();
    return Optional.ofNullable(byCode.get(c.contains(".") ? c : withDot(c)));
  }

  /** Every entry, in file order. */
  public List<Entry> entries() {
    return new ArrayList<>(byCode.values());
  }

  public int size() {
    return byCode.size();
  }

  /** Where the codes were read from (a path, or the bundled file's name). */
  public String source() {
    return source;
  }
}
