package org.quotetrace.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the articles of one story, with their gold quotes: the organisation's press release (if
 * any), a wire story that quotes everyone in full, and outlets' rewrites that reproduce the
 * statements verbatim, in fragments, edited, misquoted, paraphrased, credited to the wrong
 * speaker or reprinted without credit, between background sentences and page furniture.
 *
 * <p>The text follows newsroom habits so that what the engine is scored on could appear in real
 * news: a title before a name is capitalised only where it opens the sentence, code names are in
 * title case, a release's boilerplate names its own press office, and a quoted fragment is a phrase
 * a reporter would pick (a clause, or the opening or closing words of one, holding a detail of the
 * story), never a window of words cut across phrases. Hard cases stay in: near-identical quotes of
 * other stories, vox pops in one mould, scare quotes, misattributions, appended unrelated stories.
 */
final class ArticleComposer {

    /** Fidelity labels of the gold format. */
    static final String ORIGINAL = "original";
    static final String VERBATIM = "verbatim";
    static final String FRAGMENT = "fragment";
    static final String EDITED = "edited";
    static final String ALTERED = "altered";
    static final String PARAPHRASE = "paraphrase";

    private static final String DIRECT = "direct";
    private static final String INDIRECT = "indirect";
    private static final String REUSE = "reuse";

    /** How a rewrite reproduces one statement of a named speaker. */
    private enum Form { VERBATIM, FRAGMENT, SPLIT, EDITED, ALTERED, PARAPHRASE, MISATTRIBUTED }

    private static final Form[] FORMS = Form.values();
    private static final double[] FORM_WEIGHTS = {0.28, 0.11, 0.06, 0.11, 0.10, 0.26, 0.08};

    private final SynthPools pools;
    private final StoryFactory factory;
    private final InventedNames names;

    ArticleComposer(SynthPools pools, StoryFactory factory, InventedNames names) {
        this.pools = pools;
        this.factory = factory;
        this.names = names;
    }

    /**
     * The articles of {@code story}: at most {@code count}, named {@code <story>-<k>.txt}, from
     * distinct outlets of {@code outlets}.
     */
    List<SynthArticle> compose(Story story, int count, SynthRandom rng, List<String> outlets) {
        List<String> free = new ArrayList<>(outlets);
        List<SynthArticle> out = new ArrayList<>();
        String base = String.format(Locale.ROOT, "%06d", story.number());
        String releaseFile = base + "-00.txt";
        int k = 0;
        if (story.hasRelease() && out.size() < count) {
            out.add(new Writer(story, rng, story.organisation().name(), releaseFile).release());
            k++;
        }
        String wireFile = String.format(Locale.ROOT, "%s-%02d.txt", base, k);
        while (out.size() < count) {
            String outlet = free.remove(rng.nextInt(free.size()));
            String file = String.format(Locale.ROOT, "%s-%02d.txt", base, k);
            Writer writer = new Writer(story, rng, outlet, file);
            if (file.equals(wireFile)) {
                out.add(writer.wire(story.hasRelease() ? releaseFile : wireFile));
            } else if (story.hasRelease() && rng.chance(0.2)) {
                out.add(writer.reprint());
            } else {
                out.add(writer.rewrite(k));
            }
            k++;
        }
        return out;
    }

    /** The article holding the reference wording of {@code statement}. */
    static String referenceFile(Story story, SynthStatement statement) {
        String base = String.format(Locale.ROOT, "%06d", story.number());
        boolean inRelease = story.releaseSays().contains(statement)
                || (story.hasRelease() && story.officialSays().contains(statement));
        return inRelease ? base + "-00.txt" : String.format(Locale.ROOT, "%s-%02d.txt", base, story.hasRelease() ? 1 : 0);
    }

    /** How an article names a speaker at one place: a head and an optional appositive. */
    private record Mention(String head, String appositive, boolean pronoun) {
        String gold(boolean capital) {
            String h = capital ? Slots.capitalise(head) : head;
            return appositive.isEmpty() ? h : h + ", " + appositive;
        }
    }

    /** Writes one article of a story. */
    private final class Writer {
        private final Story story;
        private final SynthRandom rng;
        private final String outlet;
        private final String file;
        private final ArticleDraft draft = new ArticleDraft();
        private final Set<SynthSpeaker> introduced = new HashSet<>();
        private final List<SynthSpeaker> voxPops = new ArrayList<>();
        private final String open;
        private final String close;
        private final Map<String, String> fillerSlots;
        private SynthSpeaker last;

        Writer(Story story, SynthRandom rng, String outlet, String file) {
            this.story = story;
            this.rng = rng;
            this.outlet = outlet;
            this.file = file;
            double style = rng.nextInt(100) / 100.0;
            open = style < 0.6 ? "“" : style < 0.95 ? "\"" : "‘";
            close = style < 0.6 ? "”" : style < 0.95 ? "\"" : "’";
            fillerSlots = new HashMap<>(story.slots());
            fillerSlots.put("codename", codename(story.slots().get("thing")));
            fillerSlots.put("open", open);
            fillerSlots.put("close", close);
        }

        // ------------------------------------------------------------------ article kinds

        /** The organisation's press release: its own statements, then the official quoted in full. */
        SynthArticle release() {
            SynthSpeaker org = story.organisation();
            draft.add(org.name()).line().add("Press release").line()
                    .add(story.day().getDayOfMonth() + " " + monthName(story.day()) + " " + story.day().getYear())
                    .paragraph().add(headline()).paragraph();
            List<SynthStatement> own = story.releaseSays();
            for (int i = 0; i < own.size(); i++) {
                if (i == 2) {
                    draft.paragraph();
                }
                draft.space().quote(own.get(i).direct(), REUSE, org, "", "", List.of(own.get(i).id()), ORIGINAL);
            }
            draft.paragraph();
            List<SynthStatement> said = story.officialSays();
            SynthSpeaker official = story.official();
            String mention = titled(official) + ", " + official.role() + " " + official.affiliation();
            draft.add(mention + ", said: “").quote(said.get(0).direct() + " " + said.get(1).direct(), DIRECT, official,
                    mention, "said", ids(said.get(0), said.get(1)), ORIGINAL).add("”").paragraph();
            draft.add(Slots.capitalise(official.pronoun()) + " added: “").quote(said.get(2).direct(), DIRECT, official,
                    Slots.capitalise(official.pronoun()), "added", ids(said.get(2)), ORIGINAL).add("”").paragraph();
            // boilerplate names its own organisation, as a real press office's does
            draft.add("Ends").paragraph().add("Notes to editors: media enquiries to the " + org.name() + " press office, "
                    + SynthSpeaker.slug(org.name()) + "@press.example.");
            return finish(Article.SOURCE, story.day().toString() + "T08:30");
        }

        /** The first report: every statement of the named speakers in full, direct. */
        SynthArticle wire(String officialReference) {
            header();
            lead();
            SynthSpeaker official = story.official();
            List<SynthStatement> said = story.officialSays();
            String fidelity = officialReference.equals(file) ? ORIGINAL : VERBATIM;
            Mention first = firstMention(official);
            draft.paragraph().add(first.gold(true) + (first.appositive().isEmpty() ? "" : ",") + " said: " + open)
                    .quote(said.get(0).direct() + " " + said.get(1).direct(), DIRECT, official, first.gold(true), "said",
                            ids(said.get(0), said.get(1)), fidelity)
                    .add(close);
            String pronoun = Slots.capitalise(official.pronoun());
            draft.paragraph().add(pronoun + " added: " + open)
                    .quote(said.get(2).direct(), DIRECT, official, pronoun, "added", ids(said.get(2)), fidelity).add(close);
            last = official;
            filler(1);
            if (story.spokesperson() != null) {
                for (SynthStatement s : story.spokesSays()) {
                    Mention m = mention(s.speaker());
                    draft.paragraph().add(m.gold(true) + (m.appositive().isEmpty() ? "" : ",") + " said: " + open)
                            .quote(s.direct(), DIRECT, s.speaker(), m.gold(true), "said", ids(s), ORIGINAL).add(close);
                    last = s.speaker();
                }
            }
            if (story.hasRelease()) {
                SynthStatement s = story.releaseSays().get(0);
                directStatement(s, s.speaker(), s.direct(), VERBATIM, "said in a statement");
            }
            filler(1);
            for (SynthStatement s : story.criticSays()) {
                Mention m = mention(s.speaker());
                draft.paragraph().add(m.gold(true) + (m.appositive().isEmpty() ? "" : ",") + " said: " + open)
                        .quote(s.direct(), DIRECT, s.speaker(), m.gold(true), "said", ids(s), ORIGINAL).add(close);
                last = s.speaker();
            }
            maybeVox();
            footer();
            return finish(Article.ARTICLE, story.day().toString() + "T11:" + (10 + rng.nextInt(50)));
        }

        /** An outlet's rewrite: a random selection of statements, each reproduced in a random way. */
        SynthArticle rewrite(int k) {
            header();
            lead();
            List<SynthStatement> official = pickSome(story.officialSays(), 0.75);
            if (official.size() >= 2 && rng.chance(0.15)) {
                multiParagraph(official.get(0), official.get(1));
                official = official.subList(2, official.size());
            }
            for (SynthStatement s : official) {
                reproduce(s);
            }
            filler(rng.between(1, 2));
            for (SynthStatement s : pickSome(story.spokesSays(), 0.6)) {
                reproduce(s);
            }
            for (SynthStatement s : pickSome(story.releaseSays(), 0.5)) {
                reproduceRelease(s);
            }
            filler(rng.between(0, 1));
            for (SynthStatement s : pickSome(story.criticSays(), 0.6)) {
                reproduce(s);
            }
            maybeVox();
            filler(rng.between(0, 2));
            footer();
            return finish(Article.ARTICLE, published(k));
        }

        /** An outlet that reprints the press release as its own copy, quoting the official as the release does. */
        SynthArticle reprint() {
            header();
            for (SynthStatement s : story.releaseSays()) {
                draft.paragraph().quote(s.direct(), REUSE, s.speaker(), "", "", ids(s), VERBATIM);
            }
            if (rng.chance(0.7)) {
                SynthStatement s = story.officialSays().get(0);
                Mention m = firstMention(s.speaker());
                draft.paragraph().add(open).quote(commaEnd(s.direct()), DIRECT, s.speaker(), m.gold(false), "said", ids(s), VERBATIM)
                        .add(close + " said " + m.gold(false) + ".");
            }
            filler(rng.between(0, 1));
            footer();
            return finish(Article.ARTICLE, published(1));
        }

        // ------------------------------------------------------------------ reproductions

        private void reproduce(SynthStatement s) {
            Form form = pickForm();
            if (form == Form.ALTERED && s.altered() == null) {
                form = Form.VERBATIM;
            }
            switch (form) {
                case VERBATIM -> directStatement(s, s.speaker(), s.direct(), VERBATIM, null);
                case ALTERED -> directStatement(s, s.speaker(), s.altered(), ALTERED, null);
                case EDITED -> directStatement(s, s.speaker(), edit(s.direct()), EDITED, null);
                case FRAGMENT -> fragment(s);
                case SPLIT -> split(s);
                case PARAPHRASE -> paraphrase(s, s.speaker());
                case MISATTRIBUTED -> directStatement(s, otherSpeaker(s.speaker()), s.direct(), VERBATIM, null);
                default -> throw new IllegalStateException(form.toString());
            }
        }

        private void reproduceRelease(SynthStatement s) {
            int choice = rng.nextInt(10);
            if (choice < 3) {
                // Uncredited reuse: the release's sentence as the outlet's own words.
                draft.paragraph().quote(s.direct(), REUSE, s.speaker(), "", "", ids(s), VERBATIM);
                filler(1);
            } else if (choice < 6) {
                directStatement(s, s.speaker(), s.direct(), VERBATIM, "said in a statement");
            } else if (choice < 9) {
                paraphrase(s, s.speaker());
            } else {
                fragment(s);
            }
        }

        /** A direct quote of {@code words} credited to {@code credited}, in one of several frames. */
        private void directStatement(SynthStatement s, SynthSpeaker credited, String words, String fidelity, String fixedCue) {
            Mention m = mention(credited);
            // A fixed cue such as "said in a statement": the gold cue is its verb, the rest is an adjunct.
            String cue = fixedCue != null ? "said" : introduced(credited) ? cueVerb() : "said";
            String adjunct = fixedCue != null && fixedCue.startsWith("said ") ? fixedCue.substring(4) : "";
            int frame = rng.nextInt(4);
            if (frame == 3 && fixedCue != null) {
                frame = 0;
            }
            if (m.pronoun() && frame == 1) {
                frame = 0;
            }
            if (!m.appositive().isEmpty() && (frame == 0 || frame == 3)) {
                frame = 1;
            }
            draft.paragraph();
            if (frame == 2) {
                // M said: “Q.”
                draft.add(m.gold(true) + (m.appositive().isEmpty() ? "" : ",") + " " + cue + adjunct + ": " + open)
                        .quote(words, DIRECT, credited, m.gold(true), cue, ids(s), fidelity).add(close);
            } else if (frame == 3) {
                // “Q,” M told Outlet.
                draft.add(open).quote(commaEnd(words), DIRECT, credited, m.gold(false), "told", ids(s), fidelity)
                        .add(close + " " + m.gold(false) + " told " + outlet + ".");
            } else if (frame == 1) {
                // “Q,” said M.
                draft.add(open).quote(commaEnd(words), DIRECT, credited, m.gold(false), cue, ids(s), fidelity)
                        .add(close + " " + cue + " " + m.gold(false) + adjunct + ".");
            } else {
                // “Q,” M said.
                draft.add(open).quote(commaEnd(words), DIRECT, credited, m.gold(false), cue, ids(s), fidelity)
                        .add(close + " " + m.gold(false) + " " + cue + adjunct + ".");
            }
            last = credited;
        }

        private void paraphrase(SynthStatement s, SynthSpeaker credited) {
            Mention m = mention(credited);
            String reported = s.reported();
            int frame = rng.nextInt(5);
            draft.paragraph();
            if (frame == 0 || frame == 1) {
                String cue = rng.chance(0.5) ? "said" : introduced(credited) ? cueVerb() : "said";
                String that = frame == 1 ? " that" : "";
                draft.add(m.gold(true) + (m.appositive().isEmpty() ? "" : ",") + " " + cue + that + " ")
                        .quote(reported, INDIRECT, credited, m.gold(true), cue, ids(s), PARAPHRASE).add(".");
            } else if (frame == 2) {
                draft.add("According to " + m.gold(false) + ", ")
                        .quote(reported, INDIRECT, credited, m.gold(false), "According to", ids(s), PARAPHRASE).add(".");
            } else if (frame == 3 && !m.pronoun()) {
                draft.quote(Slots.capitalise(reported), INDIRECT, credited, m.gold(false), "said", ids(s), PARAPHRASE)
                        .add(", " + (m.appositive().isEmpty() ? m.gold(false) + " said." : "said " + m.gold(false) + "."));
            } else {
                String told = m.gold(true) + (m.appositive().isEmpty() ? "" : ",") + " told " + outlet + " ";
                draft.add(told).quote(reported, INDIRECT, credited, m.gold(true), "told", ids(s), PARAPHRASE).add(".");
            }
            last = credited;
        }

        /**
         * A contiguous excerpt of the statement inside quotation marks, in a sentence of the outlet's
         * own. Like a reporter's, the excerpt is a phrase that makes sense alone: one clause of the
         * statement (its text between commas), or the opening or closing words of a long clause, never
         * words cut out of the middle of a phrase.
         */
        private void fragment(SynthStatement s) {
            String frag = excerpt(s.direct());
            Mention m = mention(s.speaker());
            draft.paragraph();
            if (rng.chance(0.5)) {
                draft.add(m.gold(true) + (m.appositive().isEmpty() ? "" : ",") + " spoke of " + open)
                        .quote(frag, DIRECT, s.speaker(), m.gold(true), "spoke of", ids(s), FRAGMENT).add(close + ".");
            } else {
                draft.add(m.gold(true) + (m.appositive().isEmpty() ? "" : ",") + " used the words " + open)
                        .quote(frag, DIRECT, s.speaker(), m.gold(true), "used the words", ids(s), FRAGMENT).add(close + ".");
            }
            last = s.speaker();
        }

        /**
         * A clause of {@code direct} of at least four words, or the first or last 5-9 words of a long
         * one. Reporters quote the words that carry the news, so the excerpt holds a detail of the
         * story (a name or a figure) when the statement has one outside its opening word.
         */
        private String excerpt(String direct) {
            List<String> clauses = new ArrayList<>();
            List<String> detailed = new ArrayList<>();
            for (String clause : stripEndPunctuation(direct).split(", ")) {
                if (clause.split(" ").length >= 4) {
                    clauses.add(clause);
                    if (hasDetail(clause)) {
                        detailed.add(clause);
                    }
                }
            }
            String clause = !detailed.isEmpty() ? rng.pick(detailed)
                    : clauses.isEmpty() ? stripEndPunctuation(direct) : rng.pick(clauses);
            String[] words = clause.split(" ");
            if (words.length <= 9) {
                return clause;
            }
            int length = rng.between(5, 9);
            String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, length));
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - length, words.length));
            boolean headFirst = rng.chance(0.5);
            String first = headFirst ? head : tail;
            String second = headFirst ? tail : head;
            return hasDetail(first) || !hasDetail(second) ? first : second;
        }

        /** Whether {@code words} hold a name or a figure after their first word. */
        private static boolean hasDetail(String words) {
            int space = words.indexOf(' ');
            return space >= 0 && words.substring(space).matches("(?s).*( \\p{Lu}|\\d).*");
        }

        /** The statement split by the attribution: “first part,” she said, “second part.” */
        private void split(SynthStatement s) {
            String direct = s.direct();
            int comma = direct.indexOf(", ");
            String first;
            String second;
            if (comma > 0) {
                first = direct.substring(0, comma + 1);
                second = direct.substring(comma + 2);
            } else {
                String[] words = direct.split(" ");
                int cut = Math.max(2, words.length / 2);
                first = String.join(" ", java.util.Arrays.copyOfRange(words, 0, cut)) + ",";
                second = String.join(" ", java.util.Arrays.copyOfRange(words, cut, words.length));
            }
            Mention m = mention(s.speaker());
            if (!m.appositive().isEmpty() || m.pronoun()) {
                m = new Mention(m.head(), "", m.pronoun());
            }
            draft.paragraph().add(open).quote(first, DIRECT, s.speaker(), m.gold(false), "said", ids(s), FRAGMENT)
                    .add(close + " " + m.gold(false) + " said, " + open)
                    .quote(second, DIRECT, s.speaker(), m.gold(false), "said", ids(s), FRAGMENT).add(close);
            last = s.speaker();
        }

        /** Two statements in a quote running over two paragraphs (the first paragraph is not closed). */
        private void multiParagraph(SynthStatement a, SynthStatement b) {
            Mention m = mention(a.speaker());
            draft.paragraph().add(m.gold(true) + (m.appositive().isEmpty() ? "" : ",") + " said: " + open)
                    .quote(a.direct(), DIRECT, a.speaker(), m.gold(true), "said", ids(a), VERBATIM)
                    .paragraph().add(open).quote(b.direct(), DIRECT, a.speaker(), m.gold(true), "", ids(b), VERBATIM)
                    .add(close);
            last = a.speaker();
        }

        /** An edited reproduction: a bracketed replacement of the subject, or an ellipsis. */
        private String edit(String direct) {
            if (direct.startsWith("We ") && rng.chance(0.6)) {
                return "[The " + story.slots().get("short") + "] " + direct.substring(3);
            }
            String[] words = direct.split(" ");
            int from = rng.between(2, Math.max(2, words.length - 5));
            int cut = rng.between(2, Math.max(2, Math.min(5, words.length - from - 2)));
            String dots = rng.chance(0.5) ? "..." : "…";
            return String.join(" ", java.util.Arrays.copyOfRange(words, 0, from)) + " " + dots + " "
                    + String.join(" ", java.util.Arrays.copyOfRange(words, from + cut, words.length));
        }

        // ------------------------------------------------------------------ mentions

        private Mention mention(SynthSpeaker speaker) {
            if (introduced.add(speaker)) {
                return firstMention(speaker);
            }
            if (speaker == last && rng.chance(0.5)) {
                return new Mention(speaker.pronoun(), "", true);
            }
            return switch (speaker.kind()) {
                case PERSON -> rng.chance(0.6) ? new Mention(laterName(speaker), "", false)
                        : new Mention("the " + speaker.role(), "", false);
                case ORGANISATION -> new Mention("the " + speaker.role(), "", false);
                case SPOKESPERSON -> new Mention("the " + speaker.role(), "", false);
            };
        }

        private Mention firstMention(SynthSpeaker speaker) {
            introduced.add(speaker);
            return switch (speaker.kind()) {
                case PERSON -> rng.chance(0.5)
                        ? new Mention(titled(speaker), speaker.role() + " " + speaker.affiliation(), false)
                        // "chief executive Maren Holt": the role is capitalised only where it opens the sentence
                        : new Mention(speaker.title().isEmpty()
                                ? speaker.role() + " " + speaker.name() : titled(speaker), "", false);
                case ORGANISATION -> new Mention("the " + speaker.name(), "", false);
                case SPOKESPERSON -> rng.chance(0.5)
                        ? new Mention("a " + speaker.role() + " for " + speaker.affiliation(), "", false)
                        : new Mention("a " + speaker.affiliation().substring(4) + " " + speaker.role(), "", false);
            };
        }

        private boolean introduced(SynthSpeaker speaker) {
            return introduced.contains(speaker);
        }

        private SynthSpeaker otherSpeaker(SynthSpeaker real) {
            List<SynthSpeaker> others = new ArrayList<>(story.speakers());
            others.remove(real);
            return rng.pick(others);
        }

        // ------------------------------------------------------------------ background and furniture

        private void header() {
            if (rng.chance(0.4)) {
                draft.add(rng.pick(pools.section("furniture-top"))).paragraph();
            }
            draft.add(headline()).paragraph();
            if (rng.chance(0.7)) {
                SynthSpeaker reporter = factory.newPerson(rng, "", "reporter", "");
                draft.add("By " + reporter.name()).line();
                if (rng.chance(0.5)) {
                    draft.add(outlet).line();
                }
                draft.paragraph();
            }
        }

        private void lead() {
            filler(1);
        }

        private void filler(int sentences) {
            if (sentences <= 0) {
                return;
            }
            draft.paragraph();
            for (int i = 0; i < sentences; i++) {
                List<String> pool = pools.section(rng.chance(0.12) ? "scare" : "filler");
                draft.space().add(Slots.fill(Slots.choose(rng.pick(pool), rng), backgroundSlots()));
            }
        }

        private Map<String, String> backgroundSlots() {
            fillerSlots.put("year", Integer.toString(rng.between(1952, 2014)));
            fillerSlots.put("num", Integer.toString(rng.between(120, 9800)));
            fillerSlots.put("n", Integer.toString(rng.between(2, 15)));
            fillerSlots.put("month", rng.pick(pools.section("months")));
            fillerSlots.put("weekday", rng.pick(pools.section("weekdays")));
            fillerSlots.put("date", rng.between(1, 28) + " " + rng.pick(pools.section("months")));
            fillerSlots.put("street", names.surname(rng.nextInt(150_000)) + " " + rng.pick(pools.section("street-types")));
            return fillerSlots;
        }

        private void maybeVox() {
            if (!rng.chance(0.4)) {
                return;
            }
            SynthSpeaker person = factory.newPerson(rng, "", rng.pick(pools.section("occupations")), "");
            voxPops.add(person);
            String vox = voxWords(story.slots());
            String mention = person.name() + ", a " + person.role() + " who lives nearby";
            draft.paragraph();
            if (rng.chance(0.5)) {
                draft.add(open).quote(commaEnd(vox), DIRECT, person, mention, "said", List.of(), ORIGINAL)
                        .add(close + " said " + mention + ".");
            } else {
                draft.add(mention + ", said: " + open).quote(vox, DIRECT, person, mention, "said", List.of(), ORIGINAL)
                        .add(close);
            }
        }

        private void footer() {
            if (rng.chance(0.6)) {
                draft.paragraph().add(rng.pick(pools.section("furniture-bottom")));
            }
            if (rng.chance(0.25)) {
                appendUnrelatedStory();
            }
        }

        /** Another story on the same page (not part of the article: its quotes are not annotated). */
        private void appendUnrelatedStory() {
            String place = names.place(rng.nextInt(100_000));
            List<String> topic = rng.pick(pools.records("topics"));
            Map<String, String> slots = new HashMap<>(Map.of("place", place, "short", "council", "org", place + " Council"));
            String[] keys = {"site", "work", "group", "problem", "measure", "thing"};
            for (int i = 0; i < keys.length; i++) {
                slots.put(keys[i], Slots.fill(topic.get(i), slots));
            }
            draft.paragraph().add(rng.chance(0.5) ? "Read next" : "More from " + outlet).paragraph()
                    .add(Slots.fill(rng.pick(pools.section("headlines")), slots)).paragraph();
            Map<String, String> background = new HashMap<>(slots);
            background.put("codename", codename(slots.get("thing")));
            background.putAll(Map.of("year", "1987", "num", "640", "n", "4", "month", "October", "weekday", "Sunday",
                    "open", open, "close", close, "date", "9 October",
                    "street", names.surname(rng.nextInt(150_000)) + " " + rng.pick(pools.section("street-types"))));
            draft.add(Slots.fill(Slots.choose(rng.pick(pools.section("filler")), rng), background)).paragraph();
            SynthSpeaker person = factory.newPerson(rng, "", "", "");
            draft.add(open + commaEnd(voxWords(slots)) + close + " said " + person.name() + ".");
        }

        /** A passer-by's words about the story of {@code storySlots}, with fresh random details. */
        private String voxWords(Map<String, String> storySlots) {
            Map<String, String> slots = new HashMap<>(storySlots);
            slots.put("street", names.surname(rng.nextInt(150_000)) + " " + rng.pick(pools.section("street-types")));
            slots.put("n", Integer.toString(rng.between(2, 11)));
            slots.put("month", rng.pick(pools.section("months")));
            slots.put("weekday", rng.pick(pools.section("weekdays")));
            slots.put("year", Integer.toString(rng.between(2009, 2020)));
            return Slots.fill(Slots.choose(rng.pick(pools.section("vox")), rng), slots);
        }

        private String headline() {
            return Slots.fill(rng.pick(pools.section("headlines")), story.slots());
        }

        private String published(int k) {
            LocalDate day = story.day().plusDays(Math.min(k, rng.nextInt(4)));
            int style = rng.nextInt(10);
            if (style == 0) {
                return "";
            }
            return style < 6 ? day.toString() : day + "T" + (10 + rng.nextInt(12)) + ":" + (10 + rng.nextInt(50));
        }

        private SynthArticle finish(String role, String published) {
            String url = role.equals(Article.SOURCE) || rng.chance(0.3) ? ""
                    : "https://" + SynthSpeaker.slug(outlet) + ".example/news/" + file.replace(".txt", "");
            draft.line();
            return new SynthArticle(file, outlet, url, published, role, draft.text(), draft.quotes(), voxPops);
        }

        // ------------------------------------------------------------------ small helpers

        private Form pickForm() {
            double x = rng.nextInt(1_000_000) / 1_000_000.0;
            for (int i = 0; i < FORMS.length; i++) {
                x -= FORM_WEIGHTS[i];
                if (x < 0) {
                    return FORMS[i];
                }
            }
            return Form.VERBATIM;
        }

        private String cueVerb() {
            return rng.pick(List.of("said", "said", "added", "explained", "warned", "insisted"));
        }

        private List<SynthStatement> pickSome(List<SynthStatement> all, double p) {
            List<SynthStatement> out = new ArrayList<>();
            for (SynthStatement s : all) {
                if (rng.chance(p)) {
                    out.add(s);
                }
            }
            return out;
        }
    }

    /** Manifest roles. */
    private static final class Article {
        static final String SOURCE = "source";
        static final String ARTICLE = "article";
    }

    /** A project's code name as planners write it, in title case: "Operation Sports Hall". */
    private static String codename(String thing) {
        StringBuilder out = new StringBuilder("Operation");
        for (String word : thing.split(" ")) {
            out.append(' ').append(Slots.capitalise(word));
        }
        return out.toString();
    }

    private static String titled(SynthSpeaker person) {
        return person.title().isEmpty() ? person.name() : person.title() + " " + person.name();
    }

    private static String laterName(SynthSpeaker person) {
        return person.title().isEmpty() ? person.surname() : person.title() + " " + person.surname();
    }

    private static List<String> ids(SynthStatement... statements) {
        List<String> ids = new ArrayList<>();
        for (SynthStatement s : statements) {
            ids.add(s.id());
        }
        return ids;
    }

    /** A quoted sentence followed by its attribution ends in a comma instead of a full stop. */
    private static String commaEnd(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) + "," : sentence;
    }

    private static String stripEndPunctuation(String text) {
        int end = text.length();
        while (end > 0 && ".,;:".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    private static String monthName(LocalDate day) {
        String name = day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        return name;
    }
}
