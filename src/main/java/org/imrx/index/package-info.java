/**
 * Precedent search: a Lucene index of cases, searched by disputed item.
 *
 * <h2>Index format (commit user data {@code imrx.index.format=1})</h2>
 * <ul>
 *   <li><b>Block join.</b> A case is one block: a document per disputed item, then the case
 *       document ({@code kind=item} / {@code kind=case}). Items are the unit of search (each is
 *       decided on its own), and a query may test both kinds of field: {@link
 *       org.imrx.index.BlockJoin} answers each clause on a case field (summary, diagnoses,
 *       specialty, dates) on the case document and passes it down to its items with a {@code
 *       ToChildBlockJoinQuery}, so "MRI AND specialty:orthopedic" finds MRI items of cases an
 *       orthopedist reviewed. Item hits roll up to cases with a {@code ToParentBlockJoinQuery}.
 *       This, rather than copying case fields onto every item or grouping item hits by case,
 *       keeps both kinds of facet countable with plain Lucene facets: item dimensions
 *       ({@code decision, category, subcategory, guideline, chapter}) live on item documents and
 *       are counted over the matching items; case dimensions ({@code specialty, year, bodypart,
 *       outcome}) live on case documents and are counted over the cases of the matching items
 *       (each case once, however many of its items match). Each space has its own
 *       {@code DrillSideways}, so a filtered dimension still shows the counts of its other values.
 *       A case's text is stored once, not once per item.</li>
 *   <li><b>Facets</b> are {@code SortedSetDocValuesFacetField}s (no taxonomy index to keep in step
 *       with the main one; the reader state is built once per opened index). Decisions, categories
 *       and guideline sources also have plain doc values for the outcome statistics, which are
 *       counted over every matching item.</li>
 *   <li><b>Text</b> ({@code item}, {@code rationale}, {@code text} = a letter's clinical summary or
 *       a record's whole text) is analysed by {@link org.imrx.index.ClinicalAnalyzer} and stored
 *       with offsets in the postings, so the {@code UnifiedHighlighter} needs no re-analysis.
 *       Synonyms (abbreviations, body-part words, brand and generic drug names, built at index
 *       open from {@code models/}) are applied at query time only: the index keeps the words as
 *       written and a new synonym needs no reindexing.</li>
 *   <li><b>Dates</b> are {@code LongField}s of the epoch day (points for ranges, doc values for
 *       sorting and {@code IndexOrDocValuesQuery}); partial dates index their first day. The year
 *       is a facet.</li>
 *   <li><b>Stored</b>: the case JSON without its text (compressed with Lucene's stored-field
 *       compression), which results and similar cases show; the case id and source.</li>
 *   <li><b>Identity and updates.</b> A case is keyed by its source path (absolute, normalised)
 *       and identified by its id (case number, else the source's SHA-256). Indexing a file whose
 *       path and SHA-256 the last commit holds is skipped; otherwise whatever that path or that id
 *       held is deleted and the new block added, in the same commit. Commits come every N cases,
 *       so a crash loses at most the cases since the last one, and rerunning finishes.</li>
 *   <li><b>Matching.</b> Words without a field must match an item's text or rationale; the case
 *       summary only lifts the items of cases that have them too (so the counts and statistics of
 *       "acupuncture" are about acupuncture requests, not every item of a case that mentions it), and
 *       a query no item matches so is matched against the summaries.</li>
 *   <li>A case without disputed items (a medical record) is a case document alone: {@code
 *       similar} can take it as a new case, item search cannot return it, and similar returns
 *       only determinations.</li>
 * </ul>
 */
package org.imrx.index;
