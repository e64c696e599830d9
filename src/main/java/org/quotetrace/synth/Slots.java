package org.quotetrace.synth;

import java.util.Map;

/**
 * Fills the {@code {slot}} placeholders of a template. A slot written with a capital first letter
 * ({@code {Site}}) takes the value of its lower-case twin with the first letter capitalised.
 */
final class Slots {

    private Slots() {
    }

    /** {@code template} with every slot replaced; an unknown slot is an error in the pools. */
    static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalStateException("unclosed slot in synth template: " + template);
            }
            out.append(template, i, open);
            out.append(value(template.substring(open + 1, close), values, template));
            i = close + 1;
        }
        return out.toString();
    }

    private static String value(String slot, Map<String, String> values, String template) {
        String value = values.get(slot);
        if (value != null) {
            return value;
        }
        String lower = Character.toLowerCase(slot.charAt(0)) + slot.substring(1);
        value = values.get(lower);
        if (value == null) {
            throw new IllegalStateException("unknown slot {" + slot + "} in synth template: " + template);
        }
        return capitalise(value);
    }

    /**
     * {@code template} with every choice {@code [a~b~c]} replaced by one of its alternatives,
     * drawn from {@code rng}. Choices do not nest.
     */
    static String choose(String template, SynthRandom rng) {
        if (template.indexOf('[') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length());
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('[', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf(']', open);
            if (close < 0) {
                throw new IllegalStateException("unclosed choice in synth template: " + template);
            }
            out.append(template, i, open);
            String[] alternatives = template.substring(open + 1, close).split("~", -1);
            out.append(alternatives[rng.nextInt(alternatives.length)]);
            i = close + 1;
        }
        return out.toString();
    }

    /** {@code text} with its first letter upper-cased. */
    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
