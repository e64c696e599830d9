package org.quotetrace.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.quotetrace.attribution.Speaker;
import org.quotetrace.corpus.Article;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.linking.LinkResult;
import org.quotetrace.linking.Statement;

/**
 * Builds the {@link ReportModel} of a linked ledger: classifies and diffs every row, then gathers
 * each speaker's statements, matrix, names, misattributions and timeline, and each outlet's
 * figures. Everything is ordered deterministically, so the same ledger gives the same files.
 */
public final class ReportBuilder {

    private static final Comparator<Optional<LocalDateTime>> DATES_FIRST =
            Comparator.comparing((Optional<LocalDateTime> d) -> d.isEmpty()).thenComparing(d -> d.orElse(LocalDateTime.MIN));

    /** The most outlet columns a speaker's matrix shows; a page stays readable and its size bounded. */
    public static final int MAX_MATRIX_OUTLETS = 60;

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final WordDiffer differ = new WordDiffer();

    /** The report of {@code result}; {@code articles} supply outlets and publication dates. */
    public ReportModel build(LinkResult result, List<Article> articles) {
        Map<String, Article> articleById = new HashMap<>();
        articles.forEach(a -> articleById.put(a.id(), a));
        Map<String, Statement> statementById = new LinkedHashMap<>();
        result.statements().forEach(s -> statementById.put(s.id(), s));

        List<Occurrence> occurrences = result.rows().stream()
                .map(row -> occurrence(row, articleById, statementById)).toList();

        Map<String, List<Occurrence>> bySpeaker = new HashMap<>();
        Map<String, List<Occurrence>> byStatement = new HashMap<>();
        Map<String, String> speakerNames = new LinkedHashMap<>();
        result.statements().forEach(s -> speakerNames.putIfAbsent(s.speakerId(), s.speakerName()));
        for (Occurrence o : occurrences) {
            bySpeaker.computeIfAbsent(o.row().speakerId(), k -> new ArrayList<>()).add(o);
            speakerNames.putIfAbsent(o.row().speakerId(), o.row().speakerName());
            for (String id : o.row().statementIds()) {
                byStatement.computeIfAbsent(id, k -> new ArrayList<>()).add(o);
            }
        }
        Map<String, List<Statement>> statementsBySpeaker = new HashMap<>();
        result.statements().forEach(s -> statementsBySpeaker.computeIfAbsent(s.speakerId(), k -> new ArrayList<>()).add(s));

        PageNames pageNames = new PageNames();
        List<SpeakerReport> speakers = new ArrayList<>();
        for (String speakerId : new TreeMap<>(speakerNames).keySet()) {
            speakers.add(speaker(speakerId, speakerNames.get(speakerId), pageNames.of(speakerId),
                    bySpeaker.getOrDefault(speakerId, List.of()), statementsBySpeaker.getOrDefault(speakerId, List.of()),
                    byStatement, statementById, articleById, speakerNames));
        }
        speakers.sort(Comparator.comparingInt((SpeakerReport s) -> -(s.quoteCount() + s.statements().size()))
                .thenComparing(SpeakerReport::speakerId));

        List<Article> sortedArticles = articles.stream().sorted(Comparator.comparing(Article::id)).toList();
        return new ReportModel(sortedArticles, result.statements(), occurrences, speakers,
                outlets(sortedArticles, occurrences));
    }

    /** The outlet a row or article is shown under: the manifest's outlet, else the article id. */
    static String outletLabel(String outlet, String articleId) {
        if (outlet != null && !outlet.isBlank()) {
            return outlet.strip();
        }
        return articleId.endsWith(".txt") ? articleId.substring(0, articleId.length() - 4) : articleId;
    }

    private Occurrence occurrence(LedgerRow row, Map<String, Article> articles, Map<String, Statement> statements) {
        Article article = articles.get(row.articleId());
        String outlet = outletLabel(article != null && !article.outlet().isBlank() ? article.outlet() : row.outlet(),
                row.articleId());
        String published = article == null ? "" : article.published();
        FidelityClass fidelityClass = FidelityClass.of(row);
        List<Statement> carried = row.statementIds().stream().map(statements::get).filter(s -> s != null).toList();
        WordDiff diff = null;
        if (FidelityClass.ofFidelity(row.fidelity()).showsDiff() && !carried.isEmpty()) {
            String reference = carried.stream().map(Statement::referenceText).collect(Collectors.joining(" "));
            diff = differ.diff(reference, row.text());
        }
        boolean misattributed = !"reuse".equals(row.kind()) && !Speaker.UNKNOWN.id().equals(row.speakerId())
                && carried.stream().anyMatch(s -> !s.speakerId().equals(row.speakerId()));
        return new Occurrence(row, outlet, published, PublishedDate.parse(published), fidelityClass, diff, misattributed);
    }

    private SpeakerReport speaker(String speakerId, String speakerName, String pageName, List<Occurrence> credited,
                                  List<Statement> own, Map<String, List<Occurrence>> byStatement,
                                  Map<String, Statement> statementById, Map<String, Article> articles,
                                  Map<String, String> speakerNames) {
        List<Statement> ownSorted = own.stream().sorted(Comparator.comparing(Statement::referenceArticleId)
                .thenComparingInt(Statement::referenceStart).thenComparing(Statement::id)).toList();

        // Matrix columns: every outlet that quoted the speaker or carried one of their statements.
        Map<String, Optional<LocalDateTime>> outletFirstDate = new HashMap<>();
        List<Occurrence> involved = new ArrayList<>(credited);
        ownSorted.forEach(s -> involved.addAll(byStatement.getOrDefault(s.id(), List.of())));
        for (Occurrence o : involved) {
            outletFirstDate.merge(o.outletLabel(), o.publishedAt(),
                    (a, b) -> DATES_FIRST.compare(a, b) <= 0 ? a : b);
        }
        List<String> outlets = outletFirstDate.keySet().stream()
                .sorted(Comparator.comparing((String label) -> outletFirstDate.get(label), DATES_FIRST)
                        .thenComparing(String::compareTo))
                .toList();
        List<String> matrixOutlets = matrixOutlets(outlets, ownSorted, byStatement);

        List<StatementReport> statements = new ArrayList<>();
        List<Misattribution> elsewhere = new ArrayList<>();
        for (Statement s : ownSorted) {
            List<Occurrence> occ = byStatement.getOrDefault(s.id(), List.of());
            Map<String, List<Occurrence>> byOutlet = new HashMap<>();
            occ.forEach(o -> byOutlet.computeIfAbsent(o.outletLabel(), k -> new ArrayList<>()).add(o));
            List<MatrixCell> cells = matrixOutlets.stream()
                    .map(outlet -> cell(outlet, byOutlet.getOrDefault(outlet, List.of()))).toList();
            Article reference = articles.get(s.referenceArticleId());
            String referenceOutlet = outletLabel(reference == null ? "" : reference.outlet(), s.referenceArticleId());
            String firstPublished = occ.stream().filter(o -> o.publishedAt().isPresent())
                    .min(Comparator.comparing(o -> o.publishedAt().get())).map(Occurrence::published).orElse("");
            statements.add(new StatementReport(s, referenceOutlet, occ, cells, firstPublished));
            for (Occurrence o : occ) {
                if (o.misattributed() && !o.row().speakerId().equals(speakerId)) {
                    elsewhere.add(new Misattribution(s.id(), speakerId, speakerName, o.row().speakerId(),
                            o.row().speakerName(), o));
                }
            }
        }

        List<Misattribution> here = new ArrayList<>();
        for (Occurrence o : credited) {
            if (!o.misattributed()) {
                continue;
            }
            for (String id : o.row().statementIds()) {
                Statement s = statementById.get(id);
                if (s != null && !s.speakerId().equals(speakerId)) {
                    here.add(new Misattribution(id, s.speakerId(), speakerNames.getOrDefault(s.speakerId(), s.speakerName()),
                            speakerId, speakerName, o));
                }
            }
        }

        List<Occurrence> unlinked = credited.stream().filter(o -> o.row().statementIds().isEmpty()).toList();
        List<TimelineEntry> timeline = new ArrayList<>();
        int undated = timeline(speakerId, credited, statements, timeline);
        return new SpeakerReport(speakerId, speakerName, pageName, outlets, matrixOutlets, statements, credited.size(),
                names(credited, outlets), elsewhere, here, timeline, undated, unlinked);
    }

    /**
     * The matrix columns: every outlet, unless there are more than {@link #MAX_MATRIX_OUTLETS}; then the
     * outlets carrying most of the speaker's statements (ties: earlier first), still in date order.
     */
    private static List<String> matrixOutlets(List<String> outlets, List<Statement> own,
                                              Map<String, List<Occurrence>> byStatement) {
        if (outlets.size() <= MAX_MATRIX_OUTLETS) {
            return outlets;
        }
        Map<String, Integer> carried = new HashMap<>();
        for (Statement s : own) {
            byStatement.getOrDefault(s.id(), List.of()).forEach(o -> carried.merge(o.outletLabel(), 1, Integer::sum));
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < outlets.size(); i++) {
            position.put(outlets.get(i), i);
        }
        Set<String> kept = new HashSet<>(outlets.stream()
                .sorted(Comparator.comparingInt((String o) -> -carried.getOrDefault(o, 0)).thenComparing(position::get))
                .limit(MAX_MATRIX_OUTLETS).toList());
        return outlets.stream().filter(kept::contains).toList();
    }

    private static MatrixCell cell(String outlet, List<Occurrence> occurrences) {
        Set<FidelityClass> classes = new java.util.TreeSet<>();
        occurrences.forEach(o -> classes.add(o.fidelityClass()));
        FidelityClass colour = classes.isEmpty() ? FidelityClass.ABSENT : classes.iterator().next();
        boolean misattributed = occurrences.stream().anyMatch(Occurrence::misattributed);
        return new MatrixCell(outlet, colour, List.copyOf(classes), occurrences, misattributed);
    }

    private static List<OutletNames> names(List<Occurrence> credited, List<String> outlets) {
        Map<String, LinkedHashMap<String, Integer>> byOutlet = new HashMap<>();
        for (Occurrence o : credited) {
            String mention = SPACES.matcher(o.row().speakerMention().strip()).replaceAll(" ");
            if (!mention.isEmpty()) {
                byOutlet.computeIfAbsent(o.outletLabel(), k -> new LinkedHashMap<>()).merge(mention, 1, Integer::sum);
            }
        }
        List<OutletNames> names = new ArrayList<>();
        for (String outlet : outlets) {
            LinkedHashMap<String, Integer> mentions = byOutlet.get(outlet);
            if (mentions != null) {
                names.add(new OutletNames(outlet, mentions.entrySet().stream()
                        .map(e -> new OutletNames.MentionCount(e.getKey(), e.getValue())).toList()));
            }
        }
        return names;
    }

    /** Fills {@code timeline} with the speaker's dated articles; returns how many articles are undated. */
    private static int timeline(String speakerId, List<Occurrence> credited, List<StatementReport> statements,
                                List<TimelineEntry> timeline) {
        record ArticleLine(Occurrence first, int[] quotes, Set<String> statements) {
        }
        Map<String, ArticleLine> byArticle = new TreeMap<>();
        for (Occurrence o : credited) {
            byArticle.computeIfAbsent(o.row().articleId(), k -> new ArticleLine(o, new int[1], new LinkedHashSet<>()))
                    .quotes()[0]++;
        }
        Map<String, LocalDateTime> firstDate = new HashMap<>();
        for (StatementReport s : statements) {
            for (Occurrence o : s.occurrences()) {
                byArticle.computeIfAbsent(o.row().articleId(), k -> new ArticleLine(o, new int[1], new LinkedHashSet<>()))
                        .statements().add(s.statement().id());
                o.publishedAt().ifPresent(d -> firstDate.merge(s.statement().id(), d, (a, b) -> a.isBefore(b) ? a : b));
            }
        }
        List<String> statementOrder = statements.stream().map(s -> s.statement().id()).toList();
        int undated = 0;
        List<Map.Entry<LocalDateTime, TimelineEntry>> dated = new ArrayList<>();
        for (Map.Entry<String, ArticleLine> e : byArticle.entrySet()) {
            Occurrence first = e.getValue().first();
            if (first.publishedAt().isEmpty()) {
                undated++;
                continue;
            }
            LocalDateTime at = first.publishedAt().get();
            List<String> carried = statementOrder.stream().filter(e.getValue().statements()::contains).toList();
            List<String> firsts = carried.stream().filter(id -> at.equals(firstDate.get(id))).toList();
            dated.add(Map.entry(at, new TimelineEntry(first.published(), first.outletLabel(), e.getKey(),
                    e.getValue().quotes()[0], carried, firsts)));
        }
        dated.sort(Map.Entry.<LocalDateTime, TimelineEntry>comparingByKey()
                .thenComparing(e -> e.getValue().articleId()));
        dated.forEach(e -> timeline.add(e.getValue()));
        return undated;
    }

    private static List<OutletSummary> outlets(List<Article> articles, List<Occurrence> occurrences) {
        Map<String, Integer> articleCounts = new HashMap<>();
        articles.forEach(a -> articleCounts.merge(outletLabel(a.outlet(), a.id()), 1, Integer::sum));
        Map<String, List<Occurrence>> byOutlet = new HashMap<>();
        occurrences.forEach(o -> byOutlet.computeIfAbsent(o.outletLabel(), k -> new ArrayList<>()).add(o));
        Set<String> labels = new HashSet<>(articleCounts.keySet());
        labels.addAll(byOutlet.keySet());
        List<OutletSummary> out = new ArrayList<>();
        for (String label : labels) {
            List<Occurrence> rows = byOutlet.getOrDefault(label, List.of());
            EnumMap<FidelityClass, Integer> classes = new EnumMap<>(FidelityClass.class);
            int linked = 0;
            int misattributed = 0;
            for (Occurrence o : rows) {
                if (!o.row().statementIds().isEmpty()) {
                    linked++;
                    classes.merge(o.fidelityClass(), 1, Integer::sum);
                }
                if (o.misattributed()) {
                    misattributed++;
                }
            }
            out.add(new OutletSummary(label, articleCounts.getOrDefault(label, 0), rows.size(), linked, classes,
                    misattributed));
        }
        out.sort(Comparator.comparing((OutletSummary o) -> o.problems() == 0)
                .thenComparing(o -> -o.problems()).thenComparing(o -> -o.quotes())
                .thenComparing(OutletSummary::outletLabel));
        return out;
    }
}
