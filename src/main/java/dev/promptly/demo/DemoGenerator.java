package dev.promptly.demo;

import dev.promptly.common.Transactions;
import dev.promptly.items.ItemBatch;
import dev.promptly.items.ItemRepository;
import dev.promptly.people.Customer;
import dev.promptly.people.PeopleService;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.sla.ClockKind;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.sla.ScheduleFormat;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes a believable store to try Promptly on: teams in several time zones, reps with different habits, weeks of
 * history with late, informed and escalated items, and today's open queue. All of it in one transaction.
 */
public final class DemoGenerator {

    /** @param schedule open hours as JSON for a team on the business clock, or null for the calendar clock */
    private record TeamPreset(String name, String zone, Duration target, Duration dueSoon, String schedule) {

        TeamPreset(String name, String zone, Duration target, Duration dueSoon) {
            this(name, zone, target, dueSoon, null);
        }

        ResponsePolicy policy() {
            return schedule == null ? new ResponsePolicy(target, dueSoon)
                    : new ResponsePolicy(ClockKind.BUSINESS, target, dueSoon, ScheduleFormat.parse(schedule));
        }
    }

    /** Key accounts answer within one working day of their London office. */
    private static final String LONDON_OFFICE = """
            {"zone": "Europe/London", "holiday_calendar": "GB",
             "hours": {"mon": [["09:00","17:30"]], "tue": [["09:00","17:30"]], "wed": [["09:00","17:30"]],
                       "thu": [["09:00","17:30"]], "fri": [["09:00","17:30"]]},
             "exceptions": {"2026-12-24": [["09:00","13:00"]]}}""";

    private static final List<TeamPreset> PRESETS = List.of(
            new TeamPreset("Support Berlin", "Europe/Berlin", Duration.ofHours(24), Duration.ofHours(4)),
            new TeamPreset("Support New York", "America/New_York", Duration.ofHours(24), Duration.ofHours(4)),
            new TeamPreset("Key Accounts London", "Europe/London", Duration.ofHours(8), Duration.ofHours(3),
                    LONDON_OFFICE),
            new TeamPreset("Support Sydney", "Australia/Sydney", Duration.ofHours(24), Duration.ofHours(4)),
            new TeamPreset("Support Tokyo", "Asia/Tokyo", Duration.ofHours(24), Duration.ofHours(4)),
            new TeamPreset("Support Sao Paulo", "America/Sao_Paulo", Duration.ofHours(24), Duration.ofHours(6)));

    /** Typical hours a rep takes to answer; each rep gets one, so some are fast and some fall behind. */
    private static final double[] MEDIAN_RESPONSE_HOURS = {1.5, 3, 4, 6, 9, 14, 20, 30, 40};

    private final PeopleService people;
    private final ItemRepository items;
    private final Transactions transactions;

    public DemoGenerator(PeopleService people, ItemRepository items, Transactions transactions) {
        this.people = people;
        this.items = items;
        this.transactions = transactions;
    }

    public DemoSummary generate(DemoSpec spec) {
        return transactions.inTransaction(() -> {
            SplittableRandom random = new SplittableRandom(spec.seed());
            List<DemoRep> reps = createTeams(spec, random);
            List<Customer> customers = createCustomers(spec, random);
            DemoHistory history = new DemoHistory(spec, random, reps, customers);
            long events = 0;
            try (ItemBatch batch = items.batch(spec.items())) {
                for (int i = 0; i < spec.items(); i++) {
                    DemoHistory.Generated generated = history.next();
                    batch.add(generated.item(), generated.events());
                    events += generated.events().size();
                }
            }
            return new DemoSummary(spec.teams(), reps.size(), customers.size(), spec.items(), events);
        });
    }

    /** A rep and what the demo needs to know about their habits. */
    record DemoRep(Rep rep, Team team, double medianResponseHours, List<Rep> colleagues) {
    }

    private List<DemoRep> createTeams(DemoSpec spec, SplittableRandom random) {
        Set<String> emails = new HashSet<>();
        List<DemoRep> result = new ArrayList<>();
        for (int t = 0; t < spec.teams(); t++) {
            TeamPreset preset = t < PRESETS.size() ? PRESETS.get(t)
                    : new TeamPreset("Support Team " + (t + 1), "UTC", Duration.ofHours(24), Duration.ofHours(4));
            Team team = people.addTeam(preset.name(), ZoneId.of(preset.zone()), preset.policy());
            List<Rep> members = new ArrayList<>();
            for (int r = 0; r < spec.repsPerTeam(); r++) {
                String first = Names.pick(Names.FIRST, random);
                String last = Names.pick(Names.LAST, random);
                String email = uniqueEmail(first, last, emails);
                Role role = r == 0 ? Role.LEAD : (t == 0 && r == 1 ? Role.MANAGER : Role.REP);
                String extension = String.valueOf(100 * (t + 2) + r + 1);
                members.add(people.addRep(first + " " + last, email, team.name(), role, extension));
            }
            for (Rep member : members) {
                double median = MEDIAN_RESPONSE_HOURS[random.nextInt(MEDIAN_RESPONSE_HOURS.length)];
                result.add(new DemoRep(member, team, median, members));
            }
        }
        return result;
    }

    private static String uniqueEmail(String first, String last, Set<String> taken) {
        String base = (first + "." + last).toLowerCase(Locale.ROOT);
        String email = base + "@promptly.example";
        for (int n = 2; !taken.add(email); n++) {
            email = base + n + "@promptly.example";
        }
        return email;
    }

    private List<Customer> createCustomers(DemoSpec spec, SplittableRandom random) {
        int count = Math.max(30, Math.min(20_000, spec.items() / 25));
        List<Customer> result = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            String name = Names.pick(Names.FIRST, random) + " " + Names.pick(Names.LAST, random);
            String company = Names.pick(Names.COMPANIES, random);
            String phone = String.format(Locale.ROOT, "+49 30 %04d %04d", 5550 + c / 10_000, c % 10_000);
            String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + c + "@"
                    + company.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".example";
            String hotButtons = random.nextInt(3) == 0 ? Names.pick(Names.HOT_BUTTONS, random) : null;
            result.add(people.addCustomer(new Customer(0, name, company, phone, email, hotButtons)));
        }
        return result;
    }
}
