package org.quotetrace.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Invents stories: picks a topic, invents the place, organisation and people, and fills statement
 * templates for each speaker. People get distinct names through a running person number, so the
 * factory must be asked for stories in order.
 */
final class StoryFactory {

    private static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 4);

    private final SynthPools pools;
    private final InventedNames names;
    private final List<List<String>> topics;
    private final List<List<String>> orgTypes;
    private final List<List<String>> officialRoles;
    private final List<List<String>> criticGroups;
    private final List<List<String>> statementTemplates;
    private final List<List<String>> synonyms;
    private final List<Pattern> synonymPatterns;
    private final List<Pattern> numberPatterns;
    private final List<Pattern> monthPatterns;
    private final List<String> numbers;
    private final List<String> months;
    private final long placeOffset;
    private long nextPerson;

    /**
     * A factory whose names depend on {@code seed}: the person and place numbers start at a
     * seed-derived offset, so different seeds give different names while names stay distinct.
     */
    StoryFactory(SynthPools pools, InventedNames names, long seed) {
        this.pools = pools;
        this.names = names;
        topics = pools.records("topics");
        orgTypes = pools.records("org-types");
        officialRoles = pools.records("official-roles");
        criticGroups = pools.records("critic-groups");
        statementTemplates = pools.records("statements");
        synonyms = pools.records("synonyms");
        numbers = pools.section("numbers");
        months = pools.section("months");
        synonymPatterns = synonyms.stream().map(swap -> word(swap.get(0))).toList();
        numberPatterns = numbers.stream().map(StoryFactory::word).toList();
        monthPatterns = months.stream().map(StoryFactory::word).toList();
        SynthRandom offsets = new SynthRandom(seed ^ 0x5DEECE66DL);
        nextPerson = offsets.nextInt(50_000);
        placeOffset = offsets.nextInt(100_000);
    }

    /** A new invented person (distinct name), using {@code rng} for the given name and gender. */
    SynthSpeaker newPerson(SynthRandom rng, String title, String role, String affiliation) {
        boolean female = rng.chance(0.5);
        String given = rng.pick(pools.section(female ? "given-f" : "given-m"));
        return SynthSpeaker.person(given, names.surname(nextPerson++), female, title, role, affiliation);
    }

    /** Story number {@code number}, drawn from {@code rng}. */
    Story next(int number, SynthRandom rng) {
        String place = names.place(placeOffset + number);
        List<String> topic = rng.pick(topics);
        List<String> orgType = rng.pick(orgTypes);
        String orgName = place + " " + orgType.get(0);
        SynthSpeaker org = SynthSpeaker.organisation(orgName, place, orgType.get(0), orgType.get(1));

        Map<String, String> slots = new HashMap<>();
        slots.put("place", place);
        slots.put("org", orgName);
        slots.put("short", orgType.get(1));
        String[] keys = {"site", "work", "group", "problem", "measure", "thing"};
        for (int i = 0; i < keys.length; i++) {
            slots.put(keys[i], Slots.fill(topic.get(i), slots));
        }

        List<String> role = rng.pick(officialRoles);
        SynthSpeaker official = newPerson(rng, role.get(1), role.get(0), role.get(2) + " the " + orgName);
        List<String> group = rng.pick(criticGroups);
        SynthSpeaker critic = newPerson(rng, "", group.get(1), "of the " + place + " " + group.get(0));
        SynthSpeaker spokes = null;
        if (rng.chance(0.5)) {
            boolean female = rng.chance(0.5);
            spokes = SynthSpeaker.spokesperson(org, female,
                    rng.chance(0.2) ? "spokesperson" : female ? "spokeswoman" : "spokesman");
        }
        boolean release = rng.chance(0.6);

        List<List<String>> available = new ArrayList<>(statementTemplates);
        String prefix = String.format(java.util.Locale.ROOT, "S%06d-", number);
        int[] counter = {1};
        List<SynthStatement> releaseSays = release
                ? statements(rng, available, org, slots, List.of("org"), rng.between(2, 3), prefix, counter) : List.of();
        List<SynthStatement> officialSays = statements(rng, available, official, slots,
                List.of("org", "official", "personal"), 3, prefix, counter);
        List<SynthStatement> spokesSays = spokes == null ? List.of()
                : statements(rng, available, spokes, slots, List.of("org", "official"), rng.between(1, 2), prefix, counter);
        List<SynthStatement> criticSays = statements(rng, available, critic, slots, List.of("critic"), 2, prefix, counter);
        LocalDate day = FIRST_DAY.plusDays(Math.floorMod(number * 3L + rng.nextInt(3), 1400));
        return new Story(number, place, org, official, spokes, critic, slots, officialSays, spokesSays, releaseSays,
                criticSays, day);
    }

    private List<SynthStatement> statements(SynthRandom rng, List<List<String>> available, SynthSpeaker speaker,
                                            Map<String, String> storySlots, List<String> whos, int count,
                                            String prefix, int[] counter) {
        List<SynthStatement> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            List<List<String>> fitting = available.stream().filter(t -> whos.contains(t.get(0))).toList();
            if (fitting.isEmpty()) {
                break;
            }
            List<String> template = rng.pick(fitting);
            available.remove(template);
            Map<String, String> slots = new HashMap<>(storySlots);
            boolean organisation = speaker.kind() == SynthSpeaker.Kind.ORGANISATION;
            String shortNoun = storySlots.get("short");
            slots.put("We", organisation ? "The " + shortNoun : "We");
            slots.put("we", organisation ? "the " + shortNoun : "we");
            slots.put("they", organisation ? "it" : "the " + shortNoun);
            slots.put("pron", speaker.pronoun());
            slots.put("poss", speaker.possessive());
            slots.put("refl", speaker.reflexive());
            int n = rng.nextInt(numbers.size() - 1);
            slots.put("n", numbers.get(n));
            slots.put("m", numbers.get(rng.between(n + 1, numbers.size() - 1)));
            slots.put("date", rng.between(1, 28) + " " + rng.pick(months));
            slots.put("pct", rng.between(12, 88) + " per cent");
            int calls = rng.between(40, 2400);
            slots.put("count", calls >= 1000 ? calls / 1000 + "," + String.format(java.util.Locale.ROOT, "%03d", calls % 1000)
                    : Integer.toString(calls));
            slots.put("year", Integer.toString(rng.between(2008, 2019)));
            slots.put("street", names.surname(rng.nextInt(150_000)) + " " + rng.pick(pools.section("street-types")));
            slots.put("contractor", names.surname(rng.nextInt(150_000)) + " " + rng.pick(pools.section("contractor-types")));
            slots.put("fund", rng.pick(pools.section("funds")));
            slots.put("month", rng.pick(months));
            slots.put("weekday", rng.pick(pools.section("weekdays")));
            slots.put("amount", amount(rng));
            String direct = Slots.fill(Slots.choose(template.get(1), rng), slots);
            String reported = Slots.fill(Slots.choose(template.get(2), rng), slots);
            String altered = alter(direct, rng);
            out.add(new SynthStatement(prefix + counter[0]++, speaker, direct, reported, altered));
        }
        return out;
    }

    private static Pattern word(String words) {
        return Pattern.compile("\\b" + Pattern.quote(words) + "\\b");
    }

    private String amount(SynthRandom rng) {
        String pattern = rng.pick(pools.section("amounts"));
        return Slots.fill(pattern, Map.of("m", Integer.toString(rng.between(1, 9)),
                "d", Integer.toString(rng.between(1, 9)), "k", Integer.toString(rng.between(2, 9)))) + " pounds";
    }

    /**
     * {@code direct} with one word or phrase changed: a swap from the synonym pool, else another
     * number or month. Returns null when nothing can be changed (no template of the pools does that).
     */
    String alter(String direct, SynthRandom rng) {
        int offset = rng.nextInt(synonyms.size());
        for (int i = 0; i < synonyms.size(); i++) {
            int k = (offset + i) % synonyms.size();
            Matcher m = synonymPatterns.get(k).matcher(direct);
            if (m.find()) {
                return direct.substring(0, m.start()) + synonyms.get(k).get(1) + direct.substring(m.end());
            }
        }
        for (List<String> pool : List.of(numbers, months)) {
            List<Pattern> patterns = pool == numbers ? numberPatterns : monthPatterns;
            for (int k = 0; k < pool.size(); k++) {
                Matcher m = patterns.get(k).matcher(direct);
                if (m.find()) {
                    String other = pool.get((k + 1) % pool.size());
                    return direct.substring(0, m.start()) + other + direct.substring(m.end());
                }
            }
        }
        return null;
    }
}
