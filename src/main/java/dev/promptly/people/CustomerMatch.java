package dev.promptly.people;

import java.util.Locale;
import java.util.Set;

/**
 * What a rep typed to find a customer, as it is matched: the words against the customer's name, company and email
 * (ignoring case), and a number against their phone whatever its formatting.
 *
 * <p>The phone rule: a search of digits (with spaces, dashes, dots, slashes, brackets or a leading {@code +}) and at
 * least {@value #MIN_DIGITS} digits is compared as digits only, after both sides drop their prefix: a leading
 * {@code +CC} or {@code 00CC} (the country code) or a leading national {@code 0}. So {@code 030 5550 0024},
 * {@code 0049 30 5550 0024} and {@code 5550 0024} all find {@code +49 30 5550 0024}. A typed {@code 0} thus stands for
 * any country: a caller reads out their national number, and the team serves one country at a time.
 */
public final class CustomerMatch {

    /** Fewer digits than this find too many phones to help, and "12" is likelier part of a subject. */
    static final int MIN_DIGITS = 3;

    /*
     * Country codes are prefix-free (ITU E.164): those starting 1 or 7 have one digit, these two-digit ones are the
     * rest of two digits, and every other code has three. That is enough to know where a country code ends.
     */
    private static final Set<String> TWO_DIGIT_CODES = Set.of("20", "27", "30", "31", "32", "33", "34", "36", "39",
            "40", "41", "43", "44", "45", "46", "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58",
            "60", "61", "62", "63", "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98");

    private final String text;
    /** The typed number without its prefix, or null when what was typed is not a number. */
    private final String digits;

    private CustomerMatch(String text, String digits) {
        this.text = text;
        this.digits = digits;
    }

    /** The search for {@code typed}; blank or null finds everyone. */
    public static CustomerMatch of(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return new CustomerMatch(text, looksLikePhone(text) ? national(text) : null);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** What was typed, stripped and in lower case. */
    public String text() {
        return text;
    }

    /** The typed number's digits without its prefix, or null when what was typed is not a number. */
    public String phoneDigits() {
        return digits;
    }

    /** Whether the customer's name, company, email or phone matches; everyone matches an empty search. */
    public boolean matches(Customer customer) {
        if (isEmpty()) {
            return true;
        }
        if (customer == null) {
            return false;
        }
        return contains(customer.name()) || contains(customer.company()) || contains(customer.email())
                || (digits != null && customer.phone() != null && national(customer.phone()).contains(digits));
    }

    /** Whether {@code other} (a subject, say) contains the search as words, ignoring case. */
    public boolean contains(String other) {
        return other != null && other.toLowerCase(Locale.ROOT).contains(text);
    }

    private static boolean looksLikePhone(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                count++;
            } else if (!(c == '+' && i == 0) && " -./()".indexOf(c) < 0) {
                return false;
            }
        }
        return count >= MIN_DIGITS;
    }

    /** The digits of {@code phone} without a leading {@code +CC}, {@code 00CC} or {@code 0}. */
    static String national(String phone) {
        String all = phone.strip();
        boolean international = all.startsWith("+");
        StringBuilder kept = new StringBuilder(all.length());
        for (int i = 0; i < all.length(); i++) {
            if (Character.isDigit(all.charAt(i))) {
                kept.append(all.charAt(i));
            }
        }
        String number = kept.toString();
        if (!international && number.startsWith("00")) {
            international = true;
            number = number.substring(2);
        }
        if (international) {
            number = number.substring(Math.min(number.length(), countryCodeLength(number)));
        }
        // A 0 after the country code is the "(0)" some write in "+49 (0)30 …"; dropping it also keeps Italy's
        // leading 0 consistent, as both sides of a comparison drop it alike.
        return number.startsWith("0") ? number.substring(1) : number;
    }

    private static int countryCodeLength(String number) {
        if (number.startsWith("1") || number.startsWith("7")) {
            return 1;
        }
        return number.length() >= 2 && TWO_DIGIT_CODES.contains(number.substring(0, 2)) ? 2 : 3;
    }
}
