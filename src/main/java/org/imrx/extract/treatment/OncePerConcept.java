package org.imrx.extract.treatment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imrx.extract.medication.Dose;
import org.imrx.lexicon.PhraseMatcher;

/**
 * Makes lists one item per concept, as the annotation guideline asks ("list a concept once"): of
 * the mentions of a drug, the one that states its strength; of a therapy, the one that states its
 * sessions. A generic medication word ("medications", "muscle relaxants") is left out where a drug
 * of the classes it stands for is named, and of two generic words saying the same the first is
 * kept; "therapy", "injections" or "surgery" alone are left out where a treatment of their kind is
 * named, and a surgery whose words another surgery's hold ("laminectomy", "complete laminectomy,
 * L4"). Requests stay one per concept, status and amount. Stateless.
 */
final class OncePerConcept {
  /** Concepts that only say a treatment of their kind was given. */
  private static final Set<String> BARE = Set.of("therapy", "injection", "surgery");
  /** Words that say only that an operation was done. */
  private static final Set<String> SURGERY_WORDS = Set.of("surgery", "surgeries", "operation", "procedure");
  private static final Set<String> AUXILIARIES = Set.of("was", "were", "has", "had", "have", "been",
      "then", "also", "successfully", "surgically");
  private static final Set<String> STATUS_RANK = Set.of("denied", "modified", "authorized");

  private OncePerConcept() {}

  /**
   * One item per concept, in text order of first mention: a drug keeps the mention that states
   * its strength; a request keeps its most decisive status. Generic and bare words are left out
   * where a named treatment covers them (treatments only).
   */
  /** The treatments given, one per concept, generic and bare words covered by named ones left out. */
  static List<ReadTreatment> treatments(List<ReadTreatment> all) {
    return once(all, false);
  }

  /** The requests, one per concept, status and amount. */
  static List<ReadTreatment> requests(List<ReadTreatment> all) {
    return once(all, true);
  }

  private static List<ReadTreatment> once(List<ReadTreatment> all, boolean requests) {
    Map<String, ReadTreatment> byConcept = new LinkedHashMap<>();
    for (ReadTreatment f : all) {
      String key = requests ? requestKey(f) : f.mention().concept();
      ReadTreatment old = byConcept.get(key);
      if (old == null) {
        byConcept.put(key, f);
      } else if (better(f, old, requests)) {
        byConcept.put(key, f);
      }
    }
    List<ReadTreatment> out = new ArrayList<>(byConcept.values());
    if (requests) {
      return out;
    }
    List<ReadTreatment> kept = new ArrayList<>();
    for (ReadTreatment f : out) {
      if (!covered(f, out)) {
        kept.add(f);
      }
    }
    kept.sort((a, b) -> a.item().compareTo(b.item()));
    return kept;
  }

  /**
   * A request is one per concept, status and amount: "Norco 10/325mg #60 was the original request.
   * Norco 10/325mg #25 was authorized" states two.
   */
  private static String requestKey(ReadTreatment f) {
    Dose d = f.mention().dose();
    return f.mention().concept() + "|" + f.status() + "|" + (f.sessions() == null ? "" : f.sessions().value())
        + "|" + (d == null || d.quantity() == null ? "" : d.quantity().normal());
  }

  private static boolean better(ReadTreatment f, ReadTreatment old, boolean requests) {
    if (requests) {
      return STATUS_RANK.contains(f.status()) && !STATUS_RANK.contains(old.status());
    }
    boolean fs = f.mention().dose() != null && f.mention().dose().strength() != null;
    boolean os = old.mention().dose() != null && old.mention().dose().strength() != null;
    return fs && !os || f.sessions() != null && old.sessions() == null && !os;
  }

  /**
   * "Right knee surgery" where "right total knee replacement" is named: a surgery told only by its
   * site is the named one on that site.
   */
  private static boolean namedSurgeryCovers(ReadTreatment f, List<ReadTreatment> all) {
    List<String> words = new ArrayList<>(PhraseMatcher.words(f.text()));
    if (!words.removeIf(SURGERY_WORDS::contains) || words.isEmpty()) {
      return false;
    }
    for (ReadTreatment o : all) {
      List<String> ow = PhraseMatcher.words(o.text());
      if (o != f && o.mention().kind().equals("surgery") && ow.containsAll(words)
          && ow.stream().noneMatch(SURGERY_WORDS::contains)) {
        return true;
      }
    }
    return false;
  }

  /** "Hardware was removed" where "removal of the hardware" is named: the same procedure told twice. */
  private static boolean verbCovered(ReadTreatment f, List<ReadTreatment> all) {
    if (!f.mention().concept().startsWith(VerbProcedureFinder.CONCEPT)) {
      return false;
    }
    List<String> words = new ArrayList<>(PhraseMatcher.words(f.text()));
    words.remove(words.size() - 1);
    words.removeIf(AUXILIARIES::contains);
    for (ReadTreatment o : all) {
      if (o != f && !o.mention().concept().startsWith(VerbProcedureFinder.CONCEPT)
          && PhraseMatcher.words(o.text()).containsAll(words)) {
        return true;
      }
    }
    return false;
  }

  private static boolean covered(ReadTreatment f, List<ReadTreatment> all) {
    TreatmentMention m = f.mention();
    if (m.isGeneric()) {
      Set<String> words = Set.copyOf(PhraseMatcher.words(f.text()));
      for (ReadTreatment o : all) {
        TreatmentMention d = o.mention();
        if (d.isDrug() && !d.isGeneric() && (m.genericClasses().isEmpty()
            || d.drugClass() != null && m.genericClasses().contains(d.drugClass()))) {
          return true;
        }
      }
      for (ReadTreatment o : all) {
        TreatmentMention d = o.mention();
        if (o == f) {
          break; // of two generic words saying the same ("medications", "pain medications"), the first
        }
        List<String> ow = PhraseMatcher.words(o.text());
        if (d.isGeneric() && (words.containsAll(ow) || ow.containsAll(words))) {
          return true;
        }
      }
      return false;
    }
    if (m.kind().equals("surgery") && namedSurgeryCovers(f, all) || verbCovered(f, all)) {
      return true;
    }
    if (BARE.contains(m.concept()) || m.kind().equals("surgery") && !m.concept().startsWith("procedure:")) {
      Set<String> words = Set.copyOf(PhraseMatcher.words(f.text()));
      for (ReadTreatment o : all) {
        if (o != f && o.mention().kind().equals(m.kind())
            && (BARE.contains(m.concept()) && !BARE.contains(o.mention().concept())
                || PhraseMatcher.words(o.text()).containsAll(words) && o.text().length() > f.text().length())) {
          return true;
        }
      }
    }
    return false;
  }
}
